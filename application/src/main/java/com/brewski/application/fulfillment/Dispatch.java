package com.brewski.application.fulfillment;

/** The outcome of sending the consolidated email. */
sealed interface Dispatch permits Dispatch.Dispatched, Dispatch.DispatchFailed {
    record Dispatched(String email) implements Dispatch {}

    record DispatchFailed(String error) implements Dispatch {}
}
