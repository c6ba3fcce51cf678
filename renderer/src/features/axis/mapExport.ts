import { downloadBlob } from '../../components/download'

/** Saves the map as a standalone SVG file (for a thesis figure). */
export function exportSvg(svg: SVGSVGElement): void {
  downloadBlob(new Blob([serialize(svg)], { type: 'image/svg+xml' }), 'mgig-axis-map.svg')
}

/** Saves the map as a PNG at twice its size, drawn by the browser from the same SVG. */
export async function exportPng(svg: SVGSVGElement, scale = 2): Promise<void> {
  const url = URL.createObjectURL(new Blob([serialize(svg)], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = svg.viewBox.baseVal.width * scale
    canvas.height = svg.viewBox.baseVal.height * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0)
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (png) downloadBlob(png, 'mgig-axis-map.png')
  } finally {
    URL.revokeObjectURL(url)
  }
}

function serialize(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  // a file needs its own size, not the page's 100 %
  copy.setAttribute('width', String(svg.viewBox.baseVal.width))
  copy.setAttribute('height', String(svg.viewBox.baseVal.height))
  // the interactive attributes mean nothing in a file
  for (const element of copy.querySelectorAll('[tabindex],[role],[aria-pressed],[aria-label],[class],[data-node]')) {
    for (const name of ['tabindex', 'role', 'aria-pressed', 'aria-label', 'class', 'data-node']) element.removeAttribute(name)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`
}
