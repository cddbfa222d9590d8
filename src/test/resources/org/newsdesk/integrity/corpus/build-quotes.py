#!/usr/bin/env python3
"""Builds quotes.tsv, the misquote corpus, from the articles beside it.

Each line: article, expected ("true" = faithful, must not be flagged; "altered" = must be flagged), variant, and the
quotation as a summary would carry it, marks included (a line break inside it written as \\n). Deterministic (seeded);
every altered quote is verified not to occur in its article, so the labels are ground truth.
Run from this folder: python3 build-quotes.py > quotes.tsv
"""
import random
import re

ARTICLES = ["fentanyl-talks", "bail-reform", "prison-heat", "police-tech", "court-backlog"]
ADDED = ["also", "very", "really", "never", "all", "just", "still", "now", "only", "even"]
SWAPS = {"said": "stated", "more": "less", "not": "now", "is": "was", "was": "is", "are": "were", "will": "would",
         "would": "will", "can": "could", "every": "any", "first": "last", "long": "short", "year": "month",
         "never": "rarely", "people": "persons", "real": "true", "again": "often", "we": "they", "our": "their",
         "the": "a", "a": "the", "and": "or", "in": "at"}


def words(text):
    return [w.lower().replace("\u2019", "'") for w in re.findall(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z0-9]+)*", text)]


def contains(haystack, needle):
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def in_one_paragraph(paragraphs, parts):
    for paragraph in paragraphs:
        ws, at, ok = words(paragraph), 0, True
        for part in parts:
            found = next((i for i in range(at, len(ws) - len(part) + 1) if ws[i:i + len(part)] == part), -1)
            if found < 0:
                ok = False
                break
            at = found + len(part)
        if ok:
            return True
    return False


def spans(paragraph):
    return [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*", paragraph)]


def passage(rng, paragraphs, low, high):
    while True:
        paragraph = rng.choice(paragraphs)
        tokens = spans(paragraph)
        if len(tokens) < low + 2:
            continue
        length = rng.randint(low, min(high, len(tokens)))
        start = rng.randint(0, len(tokens) - length)
        text = paragraph[tokens[start][0]:tokens[start + length - 1][1]]
        return text.replace('"', "'"), paragraph


def edit_words(rng, text, kind, article_words):
    tokens = re.findall(r"\S+", text)
    for _ in range(50):
        i = rng.randint(1, len(tokens) - 2)
        changed = list(tokens)
        if kind == "changed":
            core = re.sub(r"\W", "", tokens[i]).lower()
            replacement = SWAPS.get(core) or rng.choice(sorted(set(article_words)))
            changed[i] = re.sub(r"[A-Za-z0-9'\u2019-]+", replacement, tokens[i], count=1)
        elif kind == "added":
            changed.insert(i, rng.choice(ADDED))
        elif kind == "dropped":
            del changed[i]
        elif kind == "reordered":
            changed[i], changed[i + 1] = changed[i + 1], changed[i]
        result = " ".join(changed)
        if words(result) != words(text) and not contains(article_words, words(result)):
            return result
    raise RuntimeError("no edit for " + text)


def main():
    rng = random.Random(20240510)
    print("# article\texpected\tvariant\tquotation (built by build-quotes.py; do not edit by hand)")
    for article in ARTICLES:
        with open("../articles/" + article + ".txt", encoding="utf-8") as f:
            source = f.read()
        paragraphs = [p for p in source.split("\n\n")[1:] if p.strip()]
        article_words = words(source)
        rows = []
        for _ in range(3):
            text, _ = passage(rng, paragraphs, 5, 16)
            rows.append(("true", "straight", '"' + text + '"'))
            text, _ = passage(rng, paragraphs, 5, 16)
            rows.append(("true", "curly", "\u201c" + text.replace("'", "\u2019") + "\u201d"))
            text, _ = passage(rng, paragraphs, 6, 16)
            cut = text.split(" ")
            i = rng.randint(2, len(cut) - 2)
            rows.append(("true", "line-break", "\u201c" + " ".join(cut[:i]) + "\n" + " ".join(cut[i:]) + "\u201d"))
            text, _ = passage(rng, paragraphs, 12, 24)
            cut = text.split(" ")
            a = rng.randint(3, len(cut) - 8)
            b = a + rng.randint(2, 4)
            mark = rng.choice([" ... ", " \u2026 ", "... "])
            rows.append(("true", "ellipsis", '"' + " ".join(cut[:a]) + mark + " ".join(cut[b:]) + '"'))
            text, _ = passage(rng, paragraphs, 5, 16)
            rows.append(("true", "single", "\u2018" + text.replace("'", "\u2019") + "\u2019"))
            text, _ = passage(rng, paragraphs, 5, 16)
            rows.append(("true", "case-and-dash", '"' + text[0].swapcase() + text[1:].replace("-", " \u2014 ") + '"'))
            for kind in ["changed", "added", "dropped", "reordered"]:
                text, _ = passage(rng, paragraphs, 5, 16)
                rows.append(("altered", kind, rng.choice(['"{}"', "\u201c{}\u201d"]).format(
                    edit_words(rng, text, kind, article_words))))
            while True:
                text, _ = passage(rng, paragraphs, 12, 24)
                cut = text.split(" ")
                a = rng.randint(4, len(cut) - 6)
                first, second = " ".join(cut[:a]), " ".join(cut[a + 1:])
                if not in_one_paragraph(paragraphs, [words(second), words(first)]):
                    break
            rows.append(("altered", "ellipsis-reordered", '"' + second + " ... " + first + '"'))
        for expected, variant, quotation in rows:
            print("\t".join([article, expected, variant, quotation.replace("\n", "\\n")]))


main()
