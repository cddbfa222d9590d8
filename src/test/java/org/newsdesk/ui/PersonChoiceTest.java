package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.App;
import org.newsdesk.model.Role;
import org.newsdesk.model.User;
import org.newsdesk.store.Database;

class PersonChoiceTest {
    private App app;
    private org.newsdesk.app.PeopleService newsroom;

    @BeforeEach
    void open() {
        app = new App(Database.inMemory(), Clock.systemUTC());
        newsroom = app.people();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aNewNewsroomHasNoOneToChooseSoTheWelcomeAsks() {
        assertTrue(PersonChoice.choose(newsroom, Optional.of("Maya"), "maya").isEmpty());
    }

    @Test
    void thePersonLastUsedHereComesFirst() {
        app.people().welcome("Eve");
        app.people().add("Eve", "Maya", Role.WRITER);
        assertEquals("Maya", PersonChoice.choose(newsroom, Optional.of("Maya"), "eve").map(User::name).orElseThrow());
    }

    @Test
    void elseThePersonNamedLikeTheSystemUserElseTheFirstEditor() {
        app.people().welcome("Eve");
        app.people().add("Eve", "Maya", Role.WRITER);
        assertEquals("Maya", PersonChoice.choose(newsroom, Optional.of("Gone"), "maya").map(User::name).orElseThrow());
        assertEquals("Eve", PersonChoice.choose(newsroom, Optional.empty(), "root").map(User::name).orElseThrow());
    }
}
