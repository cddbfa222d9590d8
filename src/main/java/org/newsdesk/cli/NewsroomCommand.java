package org.newsdesk.cli;

import java.io.PrintWriter;
import org.newsdesk.App;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command that works on the newsroom shares: the open newsroom, the actor and the output. */
abstract class NewsroomCommand {
    @Spec
    CommandSpec spec;

    NewsdeskCommand root() {
        return (NewsdeskCommand) spec.root().userObject();
    }

    App app() {
        return root().app();
    }

    String actor() {
        return root().actor();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
