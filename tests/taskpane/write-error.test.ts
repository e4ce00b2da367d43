import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/case/evaluate';
import { CaseValidationError } from '../../src/case';
import { PortfolioError } from '../../src/portfolio/figures';
import { prepareWrite } from '../../src/writers/flow';
import { SheetWriteError } from '../../src/writers/write-error';
import { errorMessage } from '../../taskpane/host';
import { defaultCase } from '../../taskpane/default-case';

// A refused write carries its message key and parameters: its own message is English, the wizard says it in its
// language, with the case's own issues at their fields told in that language too.

describe('a refused write, told in the wizard’s language', () => {
  it('keeps English as its message and renders each language with the plural form its count takes', () => {
    const e = new SheetWriteError('invalidSheet', { key: 'write.invalidSheet', params: { sheet: 'CRM ROI', count: 3 } }, [{ address: 'F14', message: 'must be ≥ 0' }]);
    expect(e.message).toBe('Sheet "CRM ROI" has 3 invalid cells; fix them and update again. Nothing was written.\n  F14: must be ≥ 0');
    expect(errorMessage(e, 'de')).toBe('Blatt „CRM ROI“ hat 3 ungültige Zellen; korrigieren Sie sie und aktualisieren Sie erneut. Nichts wurde geschrieben.\n  F14: must be ≥ 0');
    expect(errorMessage(new SheetWriteError('invalidSheet', { key: 'write.invalidSheet', params: { sheet: 'A', count: 5 } }), 'pl')).toContain('ma 5 nieprawidłowych komórek');
    expect(errorMessage(new SheetWriteError('protected', { key: 'write.protectedExcel', params: { sheet: 'ROI' } }), 'zh-CN')).toBe('工作表“ROI”受保护。请撤销保护（审阅 › 撤销工作表保护）后重试；未写入任何内容。');
  });

  it('an invalid case: the headline and each field’s problem in French', () => {
    const bad = { ...defaultCase(), horizonMonths: 0, discountRate: -2 };
    expect(() => evaluate(bad)).toThrow(CaseValidationError);
    let refused: unknown;
    try {
      prepareWrite(bad, 'CRM ROI', undefined);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(SheetWriteError);
    const text = errorMessage(refused, 'fr');
    expect(text.split('\n')[0]).toBe('L’analyse n’est pas valide (2\u00a0problèmes)\u00a0; rien n’a été écrit.');
    expect(text).toContain('  horizonMonths: ');
    expect(text).not.toContain('must be');
  });

  it('a portfolio refusal too', () => {
    expect(errorMessage(new PortfolioError({ kind: 'noSheets' }), 'de')).toBe('Diese Arbeitsmappe hat kein vom Add-in erstelltes ROI-Blatt; es gibt nichts zusammenzufassen, und nichts wurde geschrieben.');
  });
});
