// Node's own loader gives an ES module's source as bytes; React's server loader reads it as text (its
// own fixtures put the same step under it). Registered first, so it runs last, next to Node's loader.
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (result.format === 'module' && typeof result.source !== 'string' && result.source != null)
    return { ...result, source: Buffer.from(result.source).toString('utf8') };
  return result;
}
