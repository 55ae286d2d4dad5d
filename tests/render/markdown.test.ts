// The Markdown report shows what it is given as text: whatever a rule file or an export puts in a
// title, a paragraph, a list or a cell, a Markdown reader (markdown-it, with raw HTML and
// linkify on, as GitHub renders) shows those very characters — no tag, link, emphasis or code.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownInline, markdownPieces, renderMarkdown } from '../../src/render/markdown.js';
import { RowList, type ReportDocument } from '../../src/render/report/model.js';
import { markdownTables } from './tables.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '</table><img src=x onerror=alert(1)>',
  '[klik hier](javascript:alert(1))',
  '![beeld](https://x.nl/a.png)',
  '<https://x.nl>',
  'een `code` en ``meer``',
  '**vet** en *schuin* en _ook_ en __dit__',
  '~~weg~~ en ~weg~',
  'a | b | c',
  '&lt; is een entiteit, &#60; ook',
  'eind met \\',
  'regel een\n# kop op regel twee',
  '# een kop',
  '> een citaat',
  '- een lijst',
  '+ nog een',
  '1. genummerd',
  '12) ook genummerd',
  '===',
  '<!-- commentaar -->',
  '<?php echo 1; ?>',
];
// What our own text holds must stay as it reads: no backslash before these.
const PLAIN = ['22* (6–40)', 'Maatschappelijke Activering & Behandeling', '< 27 jaar', '<27', 'profiel_analist', 'met * is indicatief', '55+'];

const doc = (texts: string[]): ReportDocument => ({
  titel: texts[0]!,
  ondertitel: texts[1]!,
  werkversie: false,
  datum: '2026-11-01',
  secties: [
    {
      id: 's',
      titel: texts[2]!,
      blokken: [{ tekst: texts }, { lijst: texts }, { tabel: { id: 't', titel: 'Tabel', kolommen: ['tekst', 'nog eens'], rijen: texts.map((t) => [t, t]), noten: texts } }],
    },
  ],
  bijlagen: [],
});

const md = new MarkdownIt({ html: true, linkify: true });
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A reader that links a bare web address shows the address itself: that is the text, not a disguise. */
const visibleLinksAsText = (html: string) =>
  html.replace(/<a href="([^"]*)">([^<]*)<\/a>/g, (_, href: string, text: string) => {
    expect(decode(text), 'a link shows its own address').toBe(decode(href));
    expect(href).toMatch(/^https?:\/\//);
    return text;
  });

describe('Markdown of untrusted text', () => {
  const html = visibleLinksAsText(md.render(renderMarkdown(doc(HOSTILE))));

  it('makes no tag, link, image, emphasis, code or strike of it', () => {
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    // Only what the document itself makes: its headings, paragraphs, list, table and the italic notes.
    expect([...tags].sort()).toEqual(['em', 'h1', 'h2', 'h3', 'li', 'p', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].sort());
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(1);
    expect(html.match(/<ul>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(script|img|a|code|strong|del|s|blockquote|ol|hr)\b/);
  });

  it('shows every text as its characters', () => {
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
    const items = [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]!));
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]!));
    const asRead = HOSTILE.map((t) => t.replace(/\n/g, ' '));
    for (const text of asRead) {
      expect(paragraphs).toContain(text);
      expect(items).toContain(text);
      expect(cells).toContain(text);
    }
  });

  it('reads back through the test suite\'s table reader as given', () => {
    const rows = markdownTables(renderMarkdown(doc(HOSTILE))).get('Tabel')!;
    expect(rows.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((t) => t.replace(/\n/g, ' ')));
  });

  it('leaves the report\'s own figures and words as they read', () => {
    for (const text of PLAIN) expect(markdownInline(text)).toBe(text);
    const html = md.render(renderMarkdown(doc(PLAIN)));
    const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]!));
    for (const text of PLAIN) expect(cells).toContain(text);
  });
});

describe('the Markdown in pieces', () => {
  it('makes a long list a row at a time, in pieces of about 64 K characters that join to the whole', () => {
    let made = 0;
    const rows = new RowList(30_000, (i) => {
      made++;
      return [`dossier-${i}`, String(1 + (i % 4))];
    });
    const long: ReportDocument = { ...doc(PLAIN), werkversie: true, bijlagen: [{ id: 'b', titel: 'Lijst', blokken: [{ tabel: { id: 'v', titel: 'Verschillen', kolommen: ['Dossier', 'Profiel'], rijen: rows, noten: [] } }] }] };
    const pieces = [...markdownPieces(long)];
    // Each row made twice (once to see which columns hold numbers, once to write it), none kept.
    expect(made).toBe(60_000);
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeLessThan((1 << 16) + 200);
    const text = pieces.join('');
    expect(text).toBe(renderMarkdown(long));
    const table = markdownTables(text).get('Verschillen')!;
    expect(table.length).toBe(30_001);
    expect(table[30_000]).toEqual(['dossier-29999', '4']);
  });

  it('leaves one empty line where blocks leave one or more, none at the end, as the text joined whole and tidied did', () => {
    const texts = ['eerste', '', '', 'tweede', '   ', 'derde  ', ''];
    const asBefore = (d: ReportDocument) => {
      // The former renderer: every line joined, then runs of empty lines cut to one and the end trimmed.
      const out = [`# ${d.titel}`, '', `_${d.ondertitel}_`, ''];
      for (const s of d.secties) {
        out.push(`## ${s.titel}`, '');
        for (const b of s.blokken) if ('tekst' in b) out.push(...b.tekst.flatMap((p) => [p.replace(/^\s+/, ''), '']), '');
      }
      return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
    };
    const d: ReportDocument = { ...doc(['Titel', 'Ondertitel', 'Sectie']), secties: [{ id: 's', titel: 'Sectie', blokken: [{ tekst: texts }, { tekst: [''] }, { tekst: ['laatste  '] }] }] };
    expect(renderMarkdown(d)).toBe(asBefore(d));
  });
});
