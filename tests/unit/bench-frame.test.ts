import { describe, expect, it } from 'vitest';
import { frameOf } from '../../scripts/bench/weight.ts';

describe('frameOf', () => {
  it('keeps everything around <main> and drops what is inside it', () => {
    const page = '<html><head><title>T</title></head><body><header>H</header><main id="main" tabindex="-1"><article>Long words</article></main><footer>F</footer></body></html>';
    expect(frameOf(page)).toBe('<html><head><title>T</title></head><body><header>H</header><main id="main" tabindex="-1"></main><footer>F</footer></body></html>');
  });

  it('does not count more writing as more frame', () => {
    const page = (words: string): string => `<body><nav>N</nav><main>${words}</main></body>`;
    expect(frameOf(page('a'))).toBe(frameOf(page('a '.repeat(5000))));
  });

  it('refuses a page without <main> rather than calling the whole page frame', () => {
    expect(() => frameOf('<body><div>no main</div></body>')).toThrow(/no <main> element/);
  });
});
