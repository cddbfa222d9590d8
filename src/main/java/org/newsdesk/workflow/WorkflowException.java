package org.newsdesk.workflow;

/** An action the newsroom's rules refuse; the message is one sentence naming the rule that refused it. */
public class WorkflowException extends RuntimeException {
    public WorkflowException(String rule) {
        super(rule);
    }
}
