package com.brewski.application.testing;

import com.brewski.application.shared.Mailer;
import com.brewski.domain.shared.Unavailable;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the messages it is asked to send; refuses the recipients tests mark as failing (as SMTP would). */
public final class RecordingMailer implements Mailer {
    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Override
    public void send(Message message) {
        if (message.to().stream().anyMatch(failing::contains)) throw new Unavailable("mail server refused " + message.to());
        sent.add(message);
    }

    /** Sending to this address fails from now on. */
    public void failFor(String address) {
        failing.add(address);
    }

    public void recover(String address) {
        failing.remove(address);
    }

    public List<Message> sent() {
        return List.copyOf(sent);
    }

    public List<Message> sentTo(String address) {
        return sent.stream().filter(m -> m.to().contains(address)).toList();
    }
}
