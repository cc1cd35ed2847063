import { promisify } from "node:util";
import zlib from "node:zlib";

const deflateRaw = promisify(zlib.deflateRaw);

/** gzip's header: deflate, no name, no time, unknown system (RFC 1952). */
const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** The deflate stream's last block: empty, stored, final (RFC 1951, 3.2.4). */
const LAST_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

/**
 * Each part of a cached page compressed once, on its own, ending on a byte and not final
 * (`Z_SYNC_FLUSH`): deflate streams made like this may follow each other, with a stored block
 * between them. Off the main thread (zlib's thread pool).
 */
export function deflateParts(parts: Buffer[]): Promise<Buffer[]> {
  return Promise.all(parts.map((part) => deflateRaw(part, { finishFlush: zlib.constants.Z_SYNC_FLUSH })));
}

/** The CRC-32 continued over `data`. Node 20's zlib.crc32 gave 0 for an empty buffer after some values. */
const crc32 = (data: Buffer, crc: number) => (data.length === 0 ? crc : zlib.crc32(data, crc));

/** `data` as a stored (uncompressed) block that is not the last; at most 65,535 bytes. */
function storedBlock(data: Buffer): Buffer {
  const block = Buffer.alloc(5 + data.length);
  block.writeUInt16LE(data.length, 1);
  block.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(block, 5);
  return block;
}

/**
 * The gzip body of `parts` joined with `separator` (a response's own nonce), from the parts
 * compressed once (`deflateParts`): per response only the separator is added, stored, and the
 * checksum is run over the page (zlib's CRC-32, far cheaper than compressing it again).
 */
export function gzipJoined(parts: Buffer[], deflated: Buffer[], separator: Buffer): Buffer {
  const between = storedBlock(separator);
  const pieces = [HEADER, deflated[0]!];
  let crc = crc32(parts[0]!, 0);
  let size = parts[0]!.length;
  for (let i = 1; i < parts.length; i++) {
    pieces.push(between, deflated[i]!);
    crc = crc32(parts[i]!, crc32(separator, crc));
    size += separator.length + parts[i]!.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  pieces.push(LAST_BLOCK, trailer);
  return Buffer.concat(pieces);
}
