package com.brewski.adapters.storage;

import com.brewski.application.shared.Images;
import com.brewski.domain.shared.ImageType;
import com.brewski.domain.shared.Overloaded;
import com.brewski.domain.shared.PayloadTooLarge;
import com.brewski.domain.shared.UnsupportedMedia;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The one guarded image pipeline, with ImageIO (TwelveMonkeys readers for JPEG and WebP, the JDK's
 * for PNG), Thumbnailator for EXIF-aware scaling, and webp-imageio (bundled libwebp) for writing
 * WebP. For every upload, in this order:
 * <ol>
 *   <li>the type is decided from the first bytes, never from a declared content type (415 otherwise);</li>
 *   <li>a decoding slot is taken (a semaphore sized to the heap); one not free within
 *       {@link Limits#slotWait()} is a 503 with {@code Retry-After};</li>
 *   <li>the dimensions are read from the header, before any pixel: more than the caller's pixel cap
 *       is a 413 and nothing is allocated;</li>
 *   <li>the image is decoded with source subsampling chosen so that the raster is no larger than the
 *       target needs (about twice the target side) and its pixel memory (pixels × bytes a pixel, 8 for
 *       16-bit RGBA) stays within {@link Limits#maxDecodedBytes()} — a 6300 × 6300 16-bit PNG for a
 *       600 px logo is read as 1260 × 1260;</li>
 *   <li>a truncated stream is refused (415), the EXIF orientation applied, the result scaled and encoded.</li>
 * </ol>
 */
public final class ImageIoImages implements Images {
    /** The logo route's cap: 40 megapixels. */
    static final long MAX_PIXELS = 40_000_000L;
    /** {@link #inspect} verifies decodability at about this size. */
    private static final int INSPECT_SIDE = 256;
    private static final float JPEG_QUALITY = 0.85f;
    private static final float WEBP_QUALITY = 0.85f;
    private static final String UNSUPPORTED = "image must be a JPEG, PNG or WebP file";
    private static final Pattern TRUNCATED = Pattern.compile("(?i)truncated|premature end");

    private final Limits limits;
    private final Semaphore slots;
    private final Statistics statistics = new Statistics();

    /** The pipeline's limits: concurrent decodes, how long a request waits for one, pixel memory per decode. */
    public record Limits(int slots, Duration slotWait, long maxDecodedBytes, Duration retryAfter) {
        public Limits {
            if (slots < 1) throw new IllegalArgumentException("slots must be at least 1");
            if (slotWait.isNegative()) throw new IllegalArgumentException("slotWait must not be negative");
            if (maxDecodedBytes < 1) throw new IllegalArgumentException("maxDecodedBytes must be positive");
        }

        /** 64 MB of pixels per decode; as many slots as a third of the heap holds at three times that (1–8). */
        public static Limits forHeap(long maxHeapBytes) {
            long perDecode = 64L * 1024 * 1024;
            int slots = (int) Math.max(1, Math.min(8, maxHeapBytes / 3 / (perDecode * 3)));
            return new Limits(slots, Duration.ofSeconds(3), perDecode, Duration.ofSeconds(5));
        }

        public Limits withSlots(int slots, Duration slotWait) {
            return new Limits(slots, slotWait, maxDecodedBytes, retryAfter);
        }
    }

    /** One decode as it ran: the header size, the subsampling used and the raster actually allocated. */
    public record Decode(ImageType type, int sourceWidth, int sourceHeight, int subsampling, int decodedWidth, int decodedHeight) {}

    /** What the pipeline has done since it started (for tests and metrics). */
    public static final class Statistics {
        private final LongAdder decodes = new LongAdder();
        private final LongAdder refusedTooLarge = new LongAdder();
        private final LongAdder refusedBusy = new LongAdder();
        private final AtomicReference<Decode> last = new AtomicReference<>();

        public long decodes() { return decodes.sum(); }
        public long refusedTooLarge() { return refusedTooLarge.sum(); }
        public long refusedBusy() { return refusedBusy.sum(); }
        public Optional<Decode> lastDecode() { return Optional.ofNullable(last.get()); }
    }

    public ImageIoImages() {
        this(Limits.forHeap(Runtime.getRuntime().maxMemory()));
    }

    public ImageIoImages(Limits limits) {
        this.limits = limits;
        this.slots = new Semaphore(limits.slots(), true);
        ImageIO.setUseCache(false); // decode in memory, not through temporary files
        ImageIO.scanForPlugins();
    }

    public Limits limits() {
        return limits;
    }

    public Statistics statistics() {
        return statistics;
    }

    /**
     * Takes a decoding slot as a request would and holds it until closed (empty when none is free):
     * lets an operator or a test see what a saturated pipeline answers.
     */
    public Optional<AutoCloseable> holdSlot() {
        if (!slots.tryAcquire()) return Optional.empty();
        return Optional.of(slots::release);
    }

    @Override
    public Png toPng(byte[] upload, int maxSide) {
        if (maxSide < 1) throw new IllegalArgumentException("maxSide must be positive");
        ImageType type = typeOf(upload).orElseThrow(ImageIoImages::unsupported);
        return guarded(() -> {
            Decoded decoded = decode(upload, type, MAX_PIXELS, Target.longSide(maxSide));
            BufferedImage image = upright(decoded);
            BufferedImage scaled = fit(image, maxSide, maxSide);
            return new Png(png(scaled), type, scaled.getWidth(), scaled.getHeight());
        });
    }

    @Override
    public SquareSet toSquareWebp(byte[] upload, long maxPixels, int... sides) {
        if (sides.length == 0) throw new IllegalArgumentException("at least one side");
        int largest = Arrays.stream(sides).max().orElseThrow();
        if (Arrays.stream(sides).anyMatch(s -> s < 1)) throw new IllegalArgumentException("sides must be positive");
        ImageType type = typeOf(upload).orElseThrow(ImageIoImages::unsupported);
        return guarded(() -> {
            Decoded decoded = decode(upload, type, maxPixels, Target.shortSide(largest));
            BufferedImage image = upright(decoded);
            BufferedImage square = centredSquare(image);
            List<Square> squares = new ArrayList<>();
            for (int side : sides) squares.add(new Square(side, webp(resize(square, side, side))));
            return new SquareSet(squares);
        });
    }

    @Override
    public Jpeg toProgressiveJpeg(byte[] upload, int maxHeight, long maxPixels) {
        if (maxHeight < 1) throw new IllegalArgumentException("maxHeight must be positive");
        ImageType type = typeOf(upload).orElseThrow(ImageIoImages::unsupported);
        return guarded(() -> {
            Decoded decoded = decode(upload, type, maxPixels, Target.height(maxHeight));
            BufferedImage image = upright(decoded);
            BufferedImage out = image;
            if (image.getHeight() > maxHeight) {
                int width = (int) Math.max(1, Math.round((double) image.getWidth() * maxHeight / image.getHeight()));
                out = resize(image, width, maxHeight);
            }
            BufferedImage rgb = opaque(out);
            return new Jpeg(progressiveJpeg(rgb), rgb.getWidth(), rgb.getHeight());
        });
    }

    @Override
    public Inspected inspect(byte[] upload, long maxPixels) {
        ImageType type = typeOf(upload).orElseThrow(ImageIoImages::unsupported);
        return guarded(() -> {
            Decoded decoded = decode(upload, type, maxPixels, Target.longSide(INSPECT_SIDE));
            return new Inspected(type, decoded.sourceWidth(), decoded.sourceHeight());
        });
    }

    /** JPEG, PNG or WebP by their signatures, else empty. */
    static Optional<ImageType> typeOf(byte[] bytes) {
        if (bytes == null) return Optional.empty();
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(ImageType.JPEG);
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(ImageType.PNG);
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) return Optional.of(ImageType.WEBP);
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }

    // ---- the guard

    private interface Work<T> {
        T run() throws IOException;
    }

    private <T> T guarded(Work<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(limits.slotWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            statistics.refusedBusy.increment();
            throw new Overloaded("image processing is busy, try again shortly", limits.retryAfter());
        }
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PayloadTooLarge e) {
            statistics.refusedTooLarge.increment();
            throw e;
        } finally {
            slots.release();
        }
    }

    /** How large the decoded raster must stay to serve the output: a side of the source compared with a target side. */
    record Target(int side, Dimension compared) {
        enum Dimension { LONG, SHORT, HEIGHT }

        static Target longSide(int side) { return new Target(side, Dimension.LONG); }
        static Target shortSide(int side) { return new Target(side, Dimension.SHORT); }
        static Target height(int side) { return new Target(side, Dimension.HEIGHT); }

        int of(int width, int height) {
            return switch (compared) {
                case LONG -> Math.max(width, height);
                case SHORT -> Math.min(width, height);
                case HEIGHT -> height;
            };
        }
    }

    /**
     * The subsampling factor for a source: as large as keeps the raster at least twice the target
     * (so scaling down still has detail to work with), and at least as large as keeps the raster's
     * pixel memory within the budget.
     */
    static int subsampling(int width, int height, int bytesPerPixel, Target target, long maxDecodedBytes) {
        int byTarget = Math.max(1, target.of(width, height) / (2 * target.side()));
        double bytes = (double) width * height * bytesPerPixel;
        int byMemory = (int) Math.ceil(Math.sqrt(bytes / maxDecodedBytes));
        return Math.max(byTarget, Math.max(1, byMemory));
    }

    /** The pixels, the header size, and the filter that turns them upright when EXIF says they are rotated. */
    private record Decoded(BufferedImage image, int sourceWidth, int sourceHeight, Optional<ImageFilter> orientation) {}

    private Decoded decode(byte[] bytes, ImageType type, long maxPixels, Target target) {
        ImageReader reader = readerFor(type);
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, false);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) throw unsupported();
            if ((long) width * height > maxPixels) {
                throw new PayloadTooLarge("image must be at most " + megapixels(maxPixels) + " megapixels");
            }
            int bytesPerPixel = bytesPerPixel(reader);
            Optional<Orientation> orientation = type == ImageType.JPEG ? exifOrientation(bytes) : Optional.empty();
            // the target is of the upright image: a quarter turn (EXIF 5–8) swaps the stored sides
            int s = orientation.filter(ImageIoImages::swapsSides).isPresent()
                    ? subsampling(height, width, bytesPerPixel, target, limits.maxDecodedBytes())
                    : subsampling(width, height, bytesPerPixel, target, limits.maxDecodedBytes());
            ImageReadParam param = reader.getDefaultReadParam();
            if (s > 1) param.setSourceSubsampling(s, s, 0, 0);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0, param);
            if (image == null || image.getWidth() < 1 || image.getHeight() < 1) throw unsupported();
            // readers fill a cut-off image with grey and only warn; other warnings (stray bytes
            // between markers, odd colour profiles) are common in real photos and harmless
            if (warnings.stream().anyMatch(w -> TRUNCATED.matcher(w).find())) throw unsupported();
            statistics.decodes.increment();
            statistics.last.set(new Decode(type, width, height, s, image.getWidth(), image.getHeight()));
            return new Decoded(image, width, height, orientation.map(ExifFilterUtils::getFilterForOrientation));
        } catch (IOException | RuntimeException e) {
            if (e instanceof PayloadTooLarge || e instanceof UnsupportedMedia) throw (RuntimeException) e;
            throw unsupported();
        } finally {
            reader.dispose();
        }
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? Long.toString(pixels / 1_000_000) : String.format("%.1f", pixels / 1e6);
    }

    /** Bytes a decoded pixel takes, from the reader's raw type (16-bit RGBA: 8); 4 when unknown. */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            raw = types.hasNext() ? types.next() : null;
        }
        if (raw == null) return 4;
        int bits = 0;
        for (int size : raw.getSampleModel().getSampleSize()) bits += size;
        return Math.max(1, (bits + 7) / 8);
    }

    private static BufferedImage upright(Decoded decoded) throws IOException {
        if (decoded.orientation().isEmpty()) return decoded.image();
        return Thumbnails.of(decoded.image()).scale(1.0).addFilter(decoded.orientation().get()).asBufferedImage();
    }

    /** Scaled down to fit {@code maxWidth} × {@code maxHeight}, never up. */
    private static BufferedImage fit(BufferedImage image, int maxWidth, int maxHeight) throws IOException {
        if (image.getWidth() <= maxWidth && image.getHeight() <= maxHeight) return image;
        return Thumbnails.of(image).size(maxWidth, maxHeight).asBufferedImage();
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) throws IOException {
        if (image.getWidth() == width && image.getHeight() == height) return image;
        return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
    }

    /** The largest centred square of the image (cover crop). */
    private static BufferedImage centredSquare(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        int x = (image.getWidth() - side) / 2;
        int y = (image.getHeight() - side) / 2;
        return image.getSubimage(x, y, side, side);
    }

    /** The image on white without alpha, as JPEG needs. */
    private static BufferedImage opaque(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) throw new IllegalStateException("no PNG writer");
        return out.toByteArray();
    }

    private static byte[] webp(BufferedImage image) throws IOException {
        ImageWriter writer = writerFor("image/webp");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]); // lossy
            param.setCompressionQuality(WEBP_QUALITY);
            return write(writer, argbOrRgb(image), param);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] progressiveJpeg(BufferedImage rgb) throws IOException {
        ImageWriter writer = writerFor("image/jpeg");
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            return write(writer, rgb, param); // no metadata: no EXIF is carried over
        } finally {
            writer.dispose();
        }
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        return out.toByteArray();
    }

    /** The native WebP encoder takes 8-bit RGB or ARGB rasters. */
    private static BufferedImage argbOrRgb(BufferedImage image) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) return image;
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /**
     * The filter that turns an EXIF-rotated JPEG upright, when its APP1 Exif segment says it is
     * rotated or mirrored. Read from the file's marker segments, so it does not depend on how a
     * given ImageIO reader reports metadata.
     */
    static Optional<ImageFilter> jpegOrientation(byte[] jpeg) {
        return exifOrientation(jpeg).map(ExifFilterUtils::getFilterForOrientation);
    }

    /** Whether turning a picture of this orientation upright swaps its width and height. */
    static boolean swapsSides(Orientation orientation) {
        return switch (orientation) {
            case LEFT_TOP, RIGHT_TOP, RIGHT_BOTTOM, LEFT_BOTTOM -> true;
            default -> false;
        };
    }

    /** The EXIF orientation of a JPEG, when it is not the plain upright one. */
    static Optional<Orientation> exifOrientation(byte[] jpeg) {
        int at = 2; // after SOI
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) return Optional.empty();
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker == 0xDA || marker == 0xD9) return Optional.empty(); // image data: no metadata after this
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > jpeg.length) return Optional.empty();
            if (marker == 0xE1 && length >= 8 && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x' && jpeg[at + 6] == 'i'
                    && jpeg[at + 7] == 'f') {
                try {
                    Orientation orientation = ExifUtils.getOrientationFromExif(Arrays.copyOfRange(jpeg, at + 4, at + 2 + length));
                    if (orientation == null || orientation == Orientation.TOP_LEFT) return Optional.empty();
                    return Optional.of(orientation);
                } catch (RuntimeException e) {
                    return Optional.empty(); // unreadable Exif: the pixels as stored
                }
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    /** The reader for a type; for WebP the pure-Java TwelveMonkeys one (it honours subsampling), not the native one. */
    private static ImageReader readerFor(ImageType type) {
        String format = switch (type) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case WEBP -> "webp";
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        ImageReader first = null;
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (type != ImageType.WEBP || reader.getClass().getName().startsWith("com.twelvemonkeys")) {
                if (first != null) first.dispose();
                return reader;
            }
            if (first == null) first = reader;
            else reader.dispose();
        }
        if (first != null) return first;
        throw new IllegalStateException("no ImageIO reader for " + format + " on the classpath");
    }

    private static ImageWriter writerFor(String mimeType) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mimeType);
        if (!writers.hasNext()) throw new IllegalStateException("no ImageIO writer for " + mimeType + " on the classpath");
        return writers.next();
    }

    private static UnsupportedMedia unsupported() {
        return new UnsupportedMedia(UNSUPPORTED);
    }
}
