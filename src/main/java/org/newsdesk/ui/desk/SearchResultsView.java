package org.newsdesk.ui.desk;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.model.SearchHit;

/** Full-text search results: stories and clips, best first, each with its snippet and the matched words marked. */
public final class SearchResultsView extends VBox {
    private final ListView<SearchHit> resultList = new ListView<>();
    private final Label titleLabel = new Label("Search");
    private final Label summaryLabel = new Label();

    public SearchResultsView(Consumer<SearchHit> onOpen) {
        getStyleClass().add("story-list");
        setId("searchResults");
        titleLabel.getStyleClass().addAll("title-3", "desk-title");
        summaryLabel.getStyleClass().add("text-muted");
        VBox header = new VBox(2, titleLabel, summaryLabel);
        header.getStyleClass().add("desk-header");
        resultList.setId("resultList");
        resultList.setAccessibleText("Search results");
        resultList.getStyleClass().add("result-list");
        resultList.setCellFactory(list -> new HitCell());
        Label none = new Label("Nothing matches. Try fewer words, or a word with * at the end.");
        none.getStyleClass().add("text-muted");
        resultList.setPlaceholder(none);
        resultList.setOnMouseClicked(click -> {
            SearchHit hit = resultList.getSelectionModel().getSelectedItem();
            if (hit != null && click.getClickCount() == 2) {
                onOpen.accept(hit);
            }
        });
        resultList.setOnKeyPressed(key -> {
            SearchHit hit = resultList.getSelectionModel().getSelectedItem();
            if (hit != null && key.getCode() == KeyCode.ENTER) {
                onOpen.accept(hit);
            }
        });
        VBox.setVgrow(resultList, Priority.ALWAYS);
        getChildren().addAll(header, resultList);
    }

    public void show(String query, List<SearchHit> hits) {
        titleLabel.setText("Search: " + query);
        summaryLabel.setText(hits.isEmpty() ? "No results" : hits.size() == 1 ? "1 result" : hits.size() + " results");
        resultList.getItems().setAll(hits);
    }

    public void focusResults() {
        resultList.requestFocus();
        if (!resultList.getItems().isEmpty() && resultList.getSelectionModel().isEmpty()) {
            resultList.getSelectionModel().selectFirst();
        }
    }

    /** The snippet as text runs, the matched words in bold accent. */
    static TextFlow snippet(SearchHit hit) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("snippet");
        String text = hit.snippet() == null ? "" : hit.snippet();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (char c : text.toCharArray()) {
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                flow.getChildren().add(textRun(run.toString(), marked));
                run.setLength(0);
                marked = c == SearchHit.MARK_START;
            } else {
                run.append(c == '\n' ? ' ' : c);
            }
        }
        flow.getChildren().add(textRun(run.toString(), marked));
        return flow;
    }

    private static Text textRun(String text, boolean marked) {
        Text run = new Text(text);
        run.getStyleClass().add(marked ? "snippet-match" : "snippet-text");
        return run;
    }

    /** One hit: a story or clip icon, its title, and the snippet. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean story = hit.kind() == SearchHit.Kind.STORY;
            FontIcon icon = new FontIcon(story ? Feather.FILE_TEXT : Feather.PAPERCLIP);
            Label kind = new Label(story ? "Story" : "Clip");
            kind.getStyleClass().addAll("status-pill", story ? "status-draft" : "status-clip");
            Label title = new Label(hit.title() == null || hit.title().isBlank() ? "(untitled)" : hit.title());
            title.getStyleClass().add("story-headline");
            HBox top = new HBox(8, icon, title, kind);
            top.setAlignment(Pos.CENTER_LEFT);
            TextFlow snippet = snippet(hit);
            snippet.setMaxWidth(900);
            snippet.prefWidthProperty().bind(widthProperty().subtract(40));
            setText(null);
            setGraphic(new VBox(4, top, snippet));
        }
    }
}
