import sharp from 'sharp'

/**
 * The real group photo is not part of the seed; this draws a stand-in: a warm "Ruhr sunset"
 * gradient with a row of figures, so the pipeline and frontends have a real JPEG to work with.
 */
export async function standInGroupPhoto(width = 2400, height = 1600): Promise<Buffer> {
  const figures = Array.from({ length: 9 }, (_, index) => {
    const x = (width / 10) * (index + 1)
    const y = height * 0.62
    return `<circle cx="${x}" cy="${y - 220}" r="70" fill="#2b2b3a"/><rect x="${x - 90}" y="${y - 140}" width="180" height="420" rx="80" fill="#2b2b3a"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f4a259"/><stop offset="0.6" stop-color="#bc4b51"/><stop offset="1" stop-color="#5b8e7d"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <rect x="0" y="${height * 0.82}" width="${width}" height="${height * 0.18}" fill="#3d405b"/>
    ${figures}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
