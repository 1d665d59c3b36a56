package com.brewski.adapters.storage;

import com.brewski.application.shared.Images;
import com.brewski.application.testing.SampleImages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How long the hero format takes: a 4000 × 3000 photo-like JPEG carrying EXIF orientation 6 turned
 * into an upright progressive JPEG at most 770 px high (quality 0.85, no EXIF) by
 * {@link ImageIoImages#toProgressiveJpeg}, next to ImageMagick on the same file in the same run:
 * {@code convert in.jpg -auto-orient -resize x770 -interlace JPEG -quality 85 out.jpg} (process start
 * included, as the command runs). A harness, not a test; {@code bench/hero-image.sh} installs
 * ImageMagick when missing and runs it (arguments: warm-up and measured iterations, default 5 and 15, and the {@code convert} to run).
 */
public final class HeroImageBenchmark {
    private HeroImageBenchmark() {}

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String convert = args.length > 2 ? args[2] : "convert";
        byte[] photo = SampleImages.withExifOrientation(SampleImages.encode(photoLike(4000, 3000), "jpeg"), 6);
        Path dir = Files.createTempDirectory("hero-bench-");
        Path in = dir.resolve("in.jpg");
        Path out = dir.resolve("out.jpg");
        Files.write(in, photo);
        System.out.printf(Locale.ROOT, "Java %s, %d processors; source %d × %d JPEG with EXIF orientation 6, %d bytes; %d warm-up and %d measured runs%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), 4000, 3000, photo.length, warmUp, measured);

        ImageIoImages images = new ImageIoImages();
        Images.Jpeg jpeg = null;
        for (int i = 0; i < warmUp; i++) jpeg = images.toProgressiveJpeg(photo, 770, 50_000_000L);
        long[] java = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            jpeg = images.toProgressiveJpeg(photo, 770, 50_000_000L);
            java[i] = System.nanoTime() - start;
        }
        double javaMedian = report("Java (ImageIoImages)", java, jpeg.width() + " × " + jpeg.height() + ", " + jpeg.content().length + " bytes");

        List<String> command = List.of(convert, in.toString(), "-auto-orient", "-resize", "x770", "-interlace", "JPEG",
                "-quality", "85", out.toString());
        if (!run(command)) {
            System.out.println("ImageMagick: convert is not installed (bench/hero-image.sh installs it)");
            return;
        }
        for (int i = 1; i < warmUp; i++) run(command);
        long[] magick = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            if (!run(command)) throw new IllegalStateException("convert failed");
            magick[i] = System.nanoTime() - start;
        }
        double magickMedian = report("ImageMagick convert", magick, Files.size(out) + " bytes");
        System.out.printf(Locale.ROOT, "ratio Java / ImageMagick (medians): %.2f (goal: at most 1.5)%n", javaMedian / magickMedian);
    }

    /** A photograph stand-in: smooth gradients with fine noise, so the JPEG codes real detail. */
    static BufferedImage photoLike(int width, int height) {
        BufferedImage image = SampleImages.picture(width, height);
        Random random = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int r = ((row[x] >> 16) & 0xFF) * (x + 1000) / (width + 1000) + random.nextInt(24);
                int g = (((row[x] >> 8) & 0xFF) * (y + 500) / (height + 500)) + random.nextInt(24);
                int b = (row[x] & 0xFF) * 3 / 4 + random.nextInt(24);
                row[x] = (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, b);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static boolean run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static double report(String what, long[] nanos, String result) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        double median = sorted[sorted.length / 2] / 1e6;
        System.out.printf(Locale.ROOT, "%-22s mean %.1f ms, median %.1f ms, min %.1f ms per image (%s)%n",
                what, mean, median, sorted[0] / 1e6, result);
        return median;
    }
}
