// Real files for the library e2e, made in the test: PDFs printed by the Chromium under test
// (page.pdf() of a Chinese page: fonts embedded and subset as any printed PDF), a PDF whose only
// content is an image (as a scan is), a PDF encrypted with an unknown password, and a .docx.
import type { BrowserContext } from 'playwright-core';

export const WRAPPED_PARAGRAPH =
  // 12 characters to the line (width 12em): 立德 ends line 1 and 树人 starts line 2.
  '全面贯彻党的教育方针立德树人根本任务坚持教育优先发展，全面落实“双减”工作要求，办好人民满意的教育。';

export function noticeHtml(paragraphs = [WRAPPED_PARAGRAPH]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 16px; margin: 0 }
    .title { font-size: 22px; width: 30em }
    p { width: 12em; line-break: anywhere; word-break: break-all; margin: 0 0 1.2em }
  </style></head><body>
    <div class="title">教育部关于做好作业管理工作的通知</div>
    <div>教基〔2024〕3号</div>
    ${body}
    <div>教育部</div><div>2024年3月5日</div>
  </body></html>`;
}

export async function printPdf(context: BrowserContext, html: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(html);
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await page.close();
  }
}

/** A page holding only a picture of text, drawn on a canvas: printed, it has no text layer. */
export const SCANNED_HTML = `<!doctype html><html><body><img id="scan"><script>
  const c = document.createElement('canvas'); c.width = 600; c.height = 200;
  const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 600, 200);
  g.fillStyle = '#000'; g.font = '32px sans-serif'; g.fillText('落实立德树人根本任务', 20, 100);
  document.getElementById('scan').src = c.toDataURL();
</script></body></html>`;

/** A PDF file from its objects (1 0 obj is the catalog), with a correct cross-reference table. */
function assemblePdf(objects: string[], trailer = ''): Buffer {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A PDF as many Chinese office tools write it: the font is not embedded (STSong-Light, one of
 * the standard Chinese fonts) and the text is in the predefined UniGB-UCS2-H encoding, so its
 * characters can only be read with Adobe's CMaps (what cMapUrl points pdf.js to).
 */
export function predefinedCMapPdf(text: string): Buffer {
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const stream = `BT /F1 20 Tf 40 700 Td <${hex}> Tj ET`;
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/**
 * A one-page PDF with a standard security handler (AES-256, revision 6) whose user password is
 * not empty: the hash values are random, so no password opens it, as with an unknown one.
 */
export function encryptedPdf(): Buffer {
  const hex = (n: number) =>
    Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join(
      '',
    );
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <${hex(48)}> /U <${hex(48)}> /OE <${hex(32)}> /UE <${hex(32)}> /Perms <${hex(16)}> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>`,
  ];
  return assemblePdf(objects, `/Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>] `);
}
