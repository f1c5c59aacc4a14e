/** Photos leave the phone at most this wide/high, as JPEG: a 12 MP picture becomes ~300 kB. */
export const MAX_EDGE = 1600;
export const JPEG_QUALITY = 0.8;

/** Shrinks a camera picture on the phone (canvas), and makes a small preview for the list. */
export async function compressPhoto(file: Blob): Promise<{ blob: Blob; thumb: string }> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const blob = await draw(bitmap, scale, 'blob');
  const thumbScale = Math.min(1, 160 / Math.max(bitmap.width, bitmap.height));
  const thumb = await draw(bitmap, thumbScale, 'url');
  bitmap.close();
  return { blob, thumb };
}

async function draw(bitmap: ImageBitmap, scale: number, as: 'blob'): Promise<Blob>;
async function draw(bitmap: ImageBitmap, scale: number, as: 'url'): Promise<string>;
async function draw(bitmap: ImageBitmap, scale: number, as: 'blob' | 'url'): Promise<Blob | string> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  if (as === 'url') return canvas.toDataURL('image/jpeg', 0.7);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/jpeg', JPEG_QUALITY),
  );
}
