package org.newsdesk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Story;
import org.newsdesk.store.Clips;
import org.newsdesk.store.OutletStore;

/** Writing a story package: the stories, with the clips they cite and those clips' outlets, as JSON. */
final class StoryPackageWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Clips clips;
    private final OutletStore outlets;

    StoryPackageWriter(Clips clips, OutletStore outlets) {
        this.clips = clips;
        this.outlets = outlets;
    }

    String write(List<Story> selected) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", StoryPackageService.FORMAT);
        ArrayNode outletArray = root.putArray("outlets");
        ArrayNode clipArray = root.putArray("clips");
        ArrayNode storyArray = root.putArray("stories");
        Set<UUID> clipIds = new LinkedHashSet<>();
        Set<String> outletNames = new LinkedHashSet<>();
        for (Story story : selected) {
            clipIds.addAll(story.clipIds());
            if (story.outlet() != null && !story.outlet().isBlank()) {
                outletNames.add(story.outlet());
            }
        }
        List<Clip> packedClips = clips.findAll(new ArrayList<>(clipIds));
        for (Clip clip : packedClips) {
            if (clip.siteName() != null && !clip.siteName().isBlank()) {
                outletNames.add(clip.siteName());
            }
        }
        for (String name : outletNames) {
            outlets.find(name).ifPresent(outlet -> {
                ObjectNode node = outletArray.addObject();
                node.put("name", outlet.name());
                node.put("attribution", outlet.attribution());
                ArrayNode domains = node.putArray("domains");
                outlet.domains().forEach(domains::add);
            });
        }
        for (Clip clip : packedClips) {
            ObjectNode node = clipArray.addObject();
            node.put("id", clip.id().toString());
            node.put("url", clip.url());
            node.put("canonicalUrl", clip.canonicalUrl());
            node.put("title", clip.title());
            node.put("byline", clip.byline());
            node.put("siteName", clip.siteName());
            node.put("publishedTime", clip.publishedTime() == null ? null : clip.publishedTime().toString());
            node.put("leadImageUrl", clip.leadImageUrl());
            node.put("lang", clip.lang());
            node.put("text", clip.text());
            node.put("capturedAt", clip.capturedAt().toString());
        }
        for (Story story : selected) {
            ObjectNode node = storyArray.addObject();
            node.put("id", story.id().toString());
            node.put("headline", story.headline());
            node.put("body", story.body());
            ArrayNode ids = node.putArray("clipIds");
            story.clipIds().forEach(id -> ids.add(id.toString()));
            node.put("outlet", story.outlet());
            node.put("attribution", story.attribution());
            node.put("section", story.section());
            ArrayNode tags = node.putArray("tags");
            story.tags().forEach(tags::add);
            node.put("author", story.author());
            node.put("status", story.status().name());
            node.put("updatedAt", story.updatedAt().toString());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the story package.", e);
        }
    }
}
