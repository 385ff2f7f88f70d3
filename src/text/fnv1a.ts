/** FNV-1a, 32 bits, as 8 hex digits: a short stand-in for a text where no cryptographic hash is needed (node:crypto takes milliseconds to load). */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
