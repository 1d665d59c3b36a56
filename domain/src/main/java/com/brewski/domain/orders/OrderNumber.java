package com.brewski.domain.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/** Order numbers: sequential {@code ORD-00001} per team, or random {@code ORD-YYYYMMDD-XXXX} codes. */
public final class OrderNumber {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private OrderNumber() {}

    public static String sequential(long n) {
        if (n < 1) throw new IllegalArgumentException("order sequence starts at 1");
        return String.format("ORD-%05d", n);
    }

    public static String obscure(LocalDate day, RandomGenerator random) {
        StringBuilder code = new StringBuilder("ORD-").append(DAY.format(day)).append('-');
        for (int i = 0; i < 4; i++) code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return code.toString();
    }
}
