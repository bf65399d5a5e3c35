import { parseLegalBasis } from './legal-citation';

describe('parseLegalBasis', () => {
  it('reads the document, its articles and the English gloss', () => {
    const c = parseLegalBasis(
      'Nghị định 80/2020/NĐ-CP (Decree 80/2020/ND-CP), Điều 8, 9(3), 10(1)-(6), 11(2): thẩm định 20 ngày kể từ khi nhận đủ hồ sơ hợp lệ',
    )!;
    expect(c.documentVi).toBe('Nghị định 80/2020/NĐ-CP');
    expect(c.documentEn).toBe('Decree 80/2020/ND-CP');
    expect(c.articles).toBe('8, 9(3), 10(1)-(6), 11(2)');
    expect(c.unconfirmed).toBe(false);
  });

  it('marks an unconfirmed basis and keeps the note for the tooltip', () => {
    const text = 'Nghị định 313/2025/NĐ-CP (Decree 313/2025/ND-CP), hiệu lực 08/12/2025. CHƯA XÁC NHẬN (unconfirmed): các bước giữ như cũ';
    const c = parseLegalBasis(text)!;
    expect(c.documentVi).toBe('Nghị định 313/2025/NĐ-CP');
    expect(c.unconfirmed).toBe(true);
    expect(c.note).toBe(text);
  });

  it('reads a law and derives its English name', () => {
    const c = parseLegalBasis('Luật Đầu tư 61/2020/QH14, Điều 38(1): 15 ngày')!;
    expect(c.documentVi).toBe('Luật Đầu tư 61/2020/QH14');
    expect(c.documentEn).toBe('Law on Investment 61/2020/QH14');
    expect(c.articles).toBe('38(1)');
  });

  it('gives nothing for a text that names no document', () => {
    expect(parseLegalBasis('ghi chú nội bộ')).toBeNull();
    expect(parseLegalBasis(null)).toBeNull();
  });
});

describe('parseLegalBasis, articles of another text', () => {
  it('does not credit a later sentence’s articles to the document', () => {
    const c = parseLegalBasis('Nghị định 313/2025/NĐ-CP, hiệu lực 08/12/2025. Các bước giữ như Nghị định 80/2020 (Điều 8-11)')!;
    expect(c.articles).toBeNull();
  });
});
