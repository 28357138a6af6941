import { describe, expect, it } from 'vitest';
import { blocksOf, withBlock } from '../src/eval/doc-block.js';

const PAGE = ['# Quality', '', '<!-- meantime:start -->', 'old meantime', '<!-- meantime:end -->', '', '<!-- eval:plover start -->', 'old plover', '<!-- eval:plover end -->', ''].join('\n');

describe('generated blocks of a docs page', () => {
  it('replace only their own block and keep the rest of the page', () => {
    const out = withBlock(PAGE, '<!-- eval:plover start -->\nnew plover\n<!-- eval:plover end -->');
    expect(out).toContain('old meantime');
    expect(out).toContain('new plover');
    expect(out).not.toContain('old plover');
    expect(out.startsWith('# Quality\n')).toBe(true);
  });

  it('append a block the page does not have yet, and list every block', () => {
    const out = withBlock('# Quality\n', '<!-- meantime:start -->\nx\n<!-- meantime:end -->');
    expect(out).toBe('# Quality\n\n<!-- meantime:start -->\nx\n<!-- meantime:end -->\n');
    expect(blocksOf(PAGE)).toEqual(['<!-- meantime:start -->\nold meantime\n<!-- meantime:end -->', '<!-- eval:plover start -->\nold plover\n<!-- eval:plover end -->']);
  });
});
