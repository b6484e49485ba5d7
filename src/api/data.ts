// Observations, their revisions and imports (src/server/routes/data.ts).

import { z } from '@hono/zod-openapi';

export const Observation = z
  .strictObject({
    unit: z.string(),
    series: z.string(),
    period: z.string(),
    value: z.number(),
    revision: z.number().int(),
    status: z.string(),
    source: z.string(),
    note: z.string(),
    importId: z.number().int(),
    recordedAt: z.string(),
  })
  .openapi('Observation');
export type Observation = z.infer<typeof Observation>;

/** A revision with the file and the user it came from. */
export const Revision = Observation.extend({ fileName: z.string(), user: z.string() }).openapi(
  'Revision',
);
export type Revision = z.infer<typeof Revision>;

export const ImportReport = z
  .strictObject({
    outcome: z.enum(['applied', 'dry-run', 'duplicate']),
    fileName: z.string(),
    fileHash: z.string(),
    importId: z.number().int().nullable(),
    rows: z.number().int(),
    added: z.number().int(),
    revised: z.number().int(),
    unchanged: z.number().int(),
    duplicateOf: z
      .strictObject({ importId: z.number().int(), at: z.string(), user: z.string() })
      .optional()
      .describe('The import that already brought this very file (outcome "duplicate")'),
    warnings: z.array(z.string()).describe('The first 200 warnings'),
    moreWarnings: z.number().int().describe('How many warnings there were beyond those listed'),
    encoding: z
      .string()
      .nullable()
      .describe(
        'How the file was read: ascii, utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, xlsx',
      ),
  })
  .openapi('ImportReport');
export type ImportReport = z.infer<typeof ImportReport>;

/** An import as listed (GET /api/imports). */
export const ImportEntry = z
  .strictObject({
    id: z.number(),
    fileName: z.string(),
    fileHash: z.string(),
    user: z.string(),
    at: z.string(),
    rows: z.number(),
    added: z.number(),
    revised: z.number(),
    unchanged: z.number(),
  })
  .openapi('ImportEntry');
export type ImportEntry = z.infer<typeof ImportEntry>;
