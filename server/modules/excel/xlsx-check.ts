/**
 * A first look at an uploaded .xlsx before anything parses it: a ZIP with a readable central
 * directory, the entries of a workbook, and a modest total size once unpacked (a small file that
 * unpacks to gigabytes would exhaust memory). Returns the problem in Chinese, or null.
 */
export function inspectXlsx(buf: Buffer, maxUnpackedBytes: number): string | null {
  const NOT_XLSX = '文件不是 .xlsx 格式的 Excel 工作簿（Excel 2007 及以上；.xls 请另存为 .xlsx）';
  const CORRUPT = '文件已损坏：不是完整的 .xlsx 文件，请重新保存后上传';
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return NOT_XLSX;
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the very end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i -= 1) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return CORRUPT;
  const entries = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (offset + size > eocd || entries === 0xffff) return CORRUPT;
  const names = new Set<string>();
  let unpacked = 0;
  let p = offset;
  for (let n = 0; n < entries; n += 1) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) return CORRUPT;
    const uncompressed = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) return CORRUPT;
    if (uncompressed === 0xffffffff) return '文件解压后过大，无法导入';
    names.add(buf.toString('utf8', p + 46, p + 46 + nameLength));
    unpacked += uncompressed;
    p += 46 + nameLength + extraLength + commentLength;
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) return NOT_XLSX;
  if (unpacked > maxUnpackedBytes) return '文件解压后过大（内容超过上限），请拆分后分别导入';
  return null;
}
