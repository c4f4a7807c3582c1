package mturk.reactive.core.reliability;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import mturk.reactive.core.testing.TestBuffers;
import reactor.core.publisher.Flux;

/** Builders of hostile response bodies, each as a lazily generated {@code Flux<ByteBuf>} from the test allocator. */
final class HostileBodies {

    static final String BALANCE_HEAD = "<?xml version=\"1.0\"?><GetAccountBalanceResponse><OperationRequest>"
            + "<RequestId>r1</RequestId></OperationRequest><GetAccountBalanceResult><Request><IsValid>True</IsValid>"
            + "</Request><AvailableBalance>";
    static final String BALANCE_TAIL = "<CurrencyCode>USD</CurrencyCode></AvailableBalance></GetAccountBalanceResult>"
            + "</GetAccountBalanceResponse>";

    private HostileBodies() {
    }

    /**
     * @param bytes     the body
     * @param chunkSize bytes per buffer
     * @return the body split into buffers, created per subscription
     */
    static Flux<ByteBuf> bytes(byte[] bytes, int chunkSize) {
        return Flux.defer(() -> Flux.range(0, (bytes.length + chunkSize - 1) / chunkSize).map(i -> {
            int from = i * chunkSize;
            int to = Math.min(bytes.length, from + chunkSize);
            ByteBuf b = TestBuffers.ALLOCATOR.directBuffer(to - from);
            b.writeBytes(bytes, from, to - from);
            return b;
        }));
    }

    /**
     * A body of {@code head}, then {@code fillerBytes} bytes of {@code 'x'} generated chunk by chunk as demanded
     * (never held in memory at once), then {@code tail}. Counts the bytes actually handed downstream.
     *
     * @param head        the prefix
     * @param fillerBytes how many filler bytes
     * @param tail        the suffix
     * @param chunkSize   bytes per filler buffer
     * @param pulled      incremented by the size of every buffer emitted
     * @return the body
     */
    static Flux<ByteBuf> streamedFiller(String head, long fillerBytes, String tail, int chunkSize,
                                        AtomicLong pulled) {
        byte[] chunk = "x".repeat(chunkSize).getBytes(StandardCharsets.US_ASCII);
        long chunks = (fillerBytes + chunkSize - 1) / chunkSize;
        Flux<ByteBuf> filler = Flux.<ByteBuf, Long>generate(() -> 0L, (i, sink) -> {
            if (i >= chunks) {
                sink.complete();
                return i;
            }
            int len = (int) Math.min(chunkSize, fillerBytes - i * chunkSize);
            ByteBuf b = TestBuffers.ALLOCATOR.directBuffer(len);
            b.writeBytes(chunk, 0, len);
            sink.next(b);
            return i + 1;
        });
        return Flux.concat(
                        Flux.defer(() -> Flux.just(TestBuffers.buffer(head))),
                        filler,
                        Flux.defer(() -> Flux.just(TestBuffers.buffer(tail))))
                .doOnNext(b -> pulled.addAndGet(b.readableBytes()));
    }

    /**
     * @param levels how many entity levels (the classic is 10)
     * @return a billion-laughs document around a GetAccountBalance response
     */
    static String billionLaughs(int levels) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE GetAccountBalanceResponse [")
                .append("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < levels; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        dtd.append("]>");
        return dtd + BALANCE_HEAD.substring(BALANCE_HEAD.indexOf("?>") + 2) .replace("<AvailableBalance>",
                "<AvailableBalance><FormattedPrice>&lol" + (levels - 1) + ";</FormattedPrice>")
                + "<Amount>1.00</Amount>" + BALANCE_TAIL;
    }

    /**
     * @param depth how many nested elements inside the result
     * @return a document nested that deep
     */
    static String deepNesting(int depth) {
        return BALANCE_HEAD + "<Amount>1.00</Amount>" + "<a>".repeat(depth) + "</a>".repeat(depth) + BALANCE_TAIL;
    }
}
