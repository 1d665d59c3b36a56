package com.brewski.application.testing;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Images for upload tests, made in memory: ordinary pictures, EXIF-rotated JPEGs, and hostile PNGs
 * (a "pixel flood" of a few KB claiming 16000 × 16000, a 16-bit RGBA PNG of 6300 × 6300) streamed
 * through a deflater so that building them never holds their pixels.
 */
public final class SampleImages {
    private SampleImages() {}

    /** Orange with a blue top-left quarter, so orientation and cropping can be checked. */
    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 180 && c.getRed() < 80;
    }

    /** A complete, valid 1-bit greyscale PNG of {@code side} × {@code side}, all black: tiny on disk, huge as pixels. */
    public static byte[] pixelFlood(int side) {
        return zeroPng(side, side, 1, 0);
    }

    /** A complete, valid 16-bit RGBA PNG of {@code side} × {@code side} (8 bytes a pixel decoded), all transparent black. */
    public static byte[] sixteenBitRgba(int side) {
        return zeroPng(side, side, 16, 6);
    }

    /** A PNG of zero rows, deflated row by row. */
    public static byte[] zeroPng(int width, int height, int bitDepth, int colourType) {
        int channels = switch (colourType) {
            case 0 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> throw new IllegalArgumentException("colour type " + colourType);
        };
        long rowBytes = ((long) width * channels * bitDepth + 7) / 8;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream deflate = new DeflaterOutputStream(idat, new Deflater(9), 64 * 1024)) {
            byte[] row = new byte[(int) rowBytes + 1]; // filter byte 0, then zeros
            for (int y = 0; y < height; y++) deflate.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The JPEG with an APP1 Exif segment, right after SOI, holding only the orientation tag. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[]{'I', 'I', 0x2A, 0, 8, 0, 0, 0});
        tiff.put(new byte[]{1, 0});
        tiff.put(new byte[]{0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0});
        tiff.put(new byte[]{0, 0, 0, 0});
        byte[] payload = new byte[6 + 26];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, payload, 0, 6);
        System.arraycopy(tiff.array(), 0, payload, 6, 26);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
