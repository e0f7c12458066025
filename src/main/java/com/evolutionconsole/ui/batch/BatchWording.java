package com.evolutionconsole.ui.batch;

/** How a batch dialog words its items: while running, once done, and what one result or failure means. */
public interface BatchWording<R> {

    /** The status of a running item, as "Creating…". */
    String runningStatus();

    /** The summary's word for done items, as "created" in "3 created, 1 failed, 0 cancelled". */
    String doneWord();

    ItemText succeeded(String name, R value);

    ItemText failed(String name, Throwable failure);
}
