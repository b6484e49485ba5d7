// The product's languages: Chinese (zh-CN), the reference every catalog is checked against, and
// English.

/** A language the product speaks; zh-CN is the reference, English the other. */
export type Lang = 'zh-CN' | 'en';

/** Every language, the reference first. */
export const LANGS = ['zh-CN', 'en'] as const satisfies readonly Lang[];
