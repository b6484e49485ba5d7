// Decodes file bytes: UTF-8 with or without BOM, else GB18030 (what many Chinese offices export).

/** Decodes bytes as UTF-8 when valid (BOM dropped), otherwise as GB18030. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
