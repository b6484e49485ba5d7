// The software version recorded in every result (kept equal to package.json by a test).

export const SOFTWARE = { name: 'gapscope', version: '0.2.0' } as const;
