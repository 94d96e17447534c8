import { describe, expect, it } from 'vitest';
import { helpLine } from '../../src/data/crisis.ts';
import { words } from '../../src/i18n/index.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { referralEmailWords } from '../../src/lib/referral-email-words.ts';
import { MAILTO_MAX, NOTE_MAX, buildReferralEmail, mailtoNote, noteCountMessage, problemLine, referralPages, type ReferralEmail, type ReferralTopic } from '../../src/lib/referral-email.ts';
import { emailInOtherLanguage } from '../../src/lib/referral-language.ts';
import { referralPageWords } from '../../src/lib/referral-page-words.ts';
import { readReferralParts, referralPartsFile } from '../../src/lib/referral-parts.ts';
import { referralUiWords } from '../../src/lib/referral-ui-words.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';
import { spanishHeadingId, spanishTopicSlugs, topicPathIn } from '../../src/lib/spanish-edition.ts';

const site = 'https://iop-guide.example.org';

// Two Spanish topics as the build lists them: English ids, Spanish titles, /es/ paths, ASCII section ids.
const spanishPages = referralPages(
  [
    {
      id: 'costs',
      path: topicPathIn('es', spanishTopicSlugs.costs!),
      title: '¿Cuánto cuesta un IOP y qué cubre el seguro médico?',
      description: 'Lo que puede costar un programa ambulatorio intensivo y cómo ayudan a pagarlo los planes de salud.',
      order: 7,
      headings: [
        { depth: 2, slug: spanishHeadingId('¿cuánto-cuesta-un-iop'.replace('¿', '')), text: '¿Cuánto cuesta un IOP?' },
        { depth: 2, slug: spanishHeadingId('autorización-previa'), text: 'Autorización previa' },
      ],
    },
    {
      id: 'what-is-an-iop',
      path: topicPathIn('es', spanishTopicSlugs['what-is-an-iop']!),
      title: '¿Qué es un programa ambulatorio intensivo (IOP)?',
      description: 'Un IOP es un plan de atención para el consumo de sustancias o la salud mental. Usted vive en su casa.',
      order: 1,
      headings: [],
    },
  ],
  site,
  '/',
);
const spanishTopics: ReferralTopic[] = spanishPages.map((page) => ({ ...page, wholePage: true, sections: [] }));

function spanishEmail(topics: readonly ReferralTopic[], note?: string): ReferralEmail {
  const result = buildReferralEmail({ topics, note, siteUrl: site, basePath: '/', lang: 'es', uiLang: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('the referral email in Spanish', () => {
  it('gives Spanish titles and /es/ addresses, in site order, with a Spanish subject and opening line', () => {
    const { subject, body } = spanishEmail(spanishTopics);
    expect(subject).toBe('Información sobre los programas ambulatorios intensivos (IOP)');
    const lines = body.split('\n');
    expect(lines[0]).toBe('Estas páginas de IOP Guide, una guía gratis y en palabras sencillas, le explican más:');
    const what = lines.indexOf('¿Qué es un programa ambulatorio intensivo (IOP)?');
    const costs = lines.indexOf('¿Cuánto cuesta un IOP y qué cubre el seguro médico?');
    expect(what).toBeGreaterThan(0);
    expect(costs).toBeGreaterThan(what);
    expect(lines[what + 2]).toBe(`${site}/es/que-es-un-iop/`);
    expect(lines[costs + 2]).toBe(`${site}/es/costos/`);
    for (const line of lines.filter((line) => line.startsWith('http'))) expect(line.startsWith(`${site}/es/`), line).toBe(true);
    expect(spanishEmail(spanishTopics.slice(1)).body.split('\n')[0]).toBe(
      'Esta página de IOP Guide, una guía gratis y en palabras sencillas, le explica más:',
    );
  });

  it('points to one part of a page by its Spanish title and plain ASCII id', () => {
    const costs = spanishPages.find((page) => page.id === 'costs');
    const { body } = spanishEmail([{ ...costs!, wholePage: false, sections: [costs!.sections[1]!] }]);
    const lines = body.split('\n');
    expect(lines).toContain('Parte de esta página: Autorización previa');
    expect(lines).toContain(`${site}/es/costos/#autorizacion-previa`);
    expect(lines).not.toContain(`${site}/es/costos/`);
    expect(body).not.toContain('Part of this page');
    for (const line of lines.filter((line) => line.startsWith('http'))) expect(line).toMatch(/^[\x21-\x7e]+$/);
  });

  it('ends with the help lines that answer in Spanish, and says the text line is English only', () => {
    const { body } = spanishEmail(spanishTopics);
    const closing = body.split('\n\n').at(-1)!;
    expect(closing).toBe(referralEmailWords.es.closing);
    expect(closing).toContain('La guía ofrece información general, no consejos médicos.');
    expect(closing).toContain('llame o envíe un mensaje de texto al 988. Para español, oprima 2 (o envíe AYUDA por mensaje de texto al 988).');
    expect(closing).toContain(`Línea Nacional de Ayuda de SAMHSA al ${helpLine('helpline').display}`);
    expect(closing).toContain('en inglés y español');
    expect(closing).toContain('(435748) es solo en inglés.');
    expect(closing).toContain('En peligro inmediato, llame al 911.');
  });

  it('says the help lines as the Spanish frame does', () => {
    const lines = words('es').crisisLines.lines;
    const closing = referralEmailWords.es.closing;
    for (const phrase of [
      `${lines.crisis.action} 988.`,
      `${lines.emergency.action} 911.`,
      lines.helpline.name,
      'Para español, oprima 2 (o envíe AYUDA por mensaje de texto al 988)',
      'en inglés y español',
      lines.helpline.textNote,
    ]) {
      expect(closing, phrase).toContain(phrase);
    }
  });

  it('puts the referrer’s note at the top exactly as typed: not translated, wrapped or cut', () => {
    const note = 'Hi Ana, as we discussed — here is the info. Hola Ana: aquí tiene la información que hablamos hoy en la consulta, con calma y sin prisa, para leer en casa con su familia. 👋🏽';
    const { body } = spanishEmail(spanishTopics, note);
    expect(body.startsWith(`${note}\n\n`)).toBe(true);
    expect(body.split('\n')[0]).toBe(note);
  });

  it('counts the note in characters a reader sees, and tells the referrer in the page’s language', () => {
    const note = 'ñ'.repeat(NOTE_MAX - 1);
    expect(noteCountMessage(note, 'es')).toBe('Le queda 1 carácter.');
    expect(noteCountMessage('', 'es')).toBe('Le quedan 500 caracteres.');
    expect(noteCountMessage('👨‍👩‍👧'.repeat(NOTE_MAX + 2), 'es')).toBe('Tiene 2 caracteres de más.');
    expect(noteCountMessage('a'.repeat(NOTE_MAX + 1), 'es')).toBe('Tiene 1 carácter de más.');
    // 'é' typed as e + accent mark is one character, as the reader sees it.
    expect(noteCountMessage('e\u0301'.repeat(NOTE_MAX), 'es')).toBe('Le quedan 0 caracteres.');

    // On the English page writing a Spanish email, problems stay in English; on the Spanish page, in Spanish.
    const tooLong = 'ñ'.repeat(NOTE_MAX + 3);
    const english = buildReferralEmail({ topics: spanishTopics, note: tooLong, siteUrl: site, basePath: '/', lang: 'es', uiLang: 'en' });
    expect(english.ok ? '' : english.problems[0]!.message).toBe('Your note is 3 characters too long. Make it 500 characters or fewer.');
    const spanish = buildReferralEmail({ topics: spanishTopics, note: tooLong, siteUrl: site, basePath: '/', lang: 'es', uiLang: 'es' });
    expect(spanish.ok ? '' : spanish.problems[0]!.message).toBe('Su nota tiene 3 caracteres de más. Déjela en 500 caracteres o menos.');
    expect(mailtoNote(spanish, 'es')).toBe('Primero acorte su nota.');
  });

  it('starts on the Spanish page with a hint, not an error, and names the buttons as the page does', () => {
    const empty = buildReferralEmail({ topics: [], siteUrl: site, basePath: '/', lang: 'es', uiLang: 'es' });
    expect(problemLine(empty, false, 'es')).toEqual({ text: 'Su correo aparecerá aquí cuando elija una página en el paso 1.', isProblem: false });
    expect(problemLine(empty, true, 'es')).toEqual({ text: 'Elija al menos una página para enviar.', isProblem: true });
    expect(mailtoNote(empty, 'es')).toBe('Primero elija al menos una página.');
    expect(referralUiWords.es.mailtoTooLong(MAILTO_MAX)).toContain(`«${referralPageWords.es.copy}»`);
    expect(referralUiWords.en.mailtoTooLong(MAILTO_MAX)).toContain(`“${referralPageWords.en.copy}”`);
  });

  it('fits in a mailto link that an email app decodes back to the same Spanish text', () => {
    const { subject, body, mailtoHref } = spanishEmail(spanishTopics, 'Señora Núñez: ¿me llama mañana?');
    expect(mailtoHref).not.toBeNull();
    const query = new URLSearchParams(mailtoHref!.slice('mailto:?'.length).replace(/\+/g, '%2B'));
    expect(query.get('subject')).toBe(subject);
    expect(query.get('body')!.replace(/\r\n/g, '\n')).toBe(body);
  });
});

describe('writing the email in the language the page is not in', () => {
  const file = readReferralParts(JSON.parse(JSON.stringify(referralPartsFile(spanishPages))));
  const base = { siteUrl: site, basePath: '/', lang: 'es' as const, uiLang: 'en' as const, titleOf: (id: string) => `English title of ${id}` };

  it('builds the Spanish email from the Spanish file: part n on the English page is part n in Spanish', () => {
    const result = emailInOtherLanguage({ ...base, topics: file, choices: [{ id: 'costs', order: 6, wholePage: false, parts: [1] }] });
    expect(result.ok).toBe(true);
    const lines = result.ok ? result.body.split('\n') : [];
    expect(lines).toContain('¿Cuánto cuesta un IOP y qué cubre el seguro médico?');
    expect(lines).toContain(`${site}/es/costos/#autorizacion-previa`);
    expect(result.ok && result.subject).toBe(referralEmailWords.es.subject);
  });

  it('asks for a page first, then waits for the file without calling it an error', () => {
    const none = emailInOtherLanguage({ ...base, topics: 'loading', choices: [] });
    expect(problemLine(none, false)).toEqual({ text: 'Your email appears here when you choose a page in step 1.', isProblem: false });
    const waiting = emailInOtherLanguage({ ...base, topics: 'loading', choices: [{ id: 'costs', order: 6, wholePage: true, parts: [] }] });
    expect(problemLine(waiting, true)).toEqual({ text: 'Getting the pages in Spanish…', isProblem: false });
    expect(mailtoNote(waiting)).toBe('There is no email to open yet.');
  });

  it('says so plainly when the file fails or lacks a chosen page', () => {
    const failed = emailInOtherLanguage({ ...base, topics: 'failed', choices: [{ id: 'costs', order: 6, wholePage: true, parts: [] }] });
    expect(problemLine(failed, true)).toEqual({ text: 'The pages in Spanish could not load. Reload the page to try again.', isProblem: true });
    const missing = emailInOtherLanguage({ ...base, topics: file, choices: [{ id: 'faq', order: 17, wholePage: true, parts: [] }] });
    expect(problemLine(missing, true).text).toBe('Not in Spanish yet: English title of faq. Untick it, or choose another email language.');
    const spanishPage = emailInOtherLanguage({ ...base, lang: 'en', uiLang: 'es', topics: 'failed', choices: [{ id: 'costs', order: 6, wholePage: true, parts: [] }] });
    expect(problemLine(spanishPage, true, 'es').text).toBe('No se pudieron cargar las páginas en inglés. Vuelva a cargar la página para intentarlo de nuevo.');
  });
});

describe('the builder’s Spanish words', () => {
  const spanishText = [
    ...Object.values(referralPageWords.es).map((value) => (typeof value === 'function' ? value(NOTE_MAX) : value)),
    ...Object.values(referralUiWords.es).filter((value) => typeof value === 'string'),
    referralUiWords.es.noteCount(12),
    referralUiWords.es.noteCount(-2),
    referralUiWords.es.noteTooLong(3, NOTE_MAX),
    referralUiWords.es.mailtoTooLong(MAILTO_MAX),
    referralUiWords.es.partsLegend('Costos'),
    referralUiWords.es.loadingEmailLang('inglés'),
    referralUiWords.es.emailLangFailed('inglés'),
    referralUiWords.es.notInEmailLang('inglés', ['Costos']),
    referralEmailWords.es.intro(1),
    referralEmailWords.es.intro(2),
    referralEmailWords.es.closing,
  ].map((text) => (/[.:…!?]$/.test(text) ? text : `${text}.`));

  it(`read at INFLESZ ${INFLESZ_FAIRLY_EASY} or more and use no avoided word`, () => {
    const prose = spanishText.join('\n');
    expect(spanishReadability(prose).score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
    expect(spanishAvoidWordProblems(prose)).toEqual([]);
  });

  it('speak to the referrer as usted, never tú', () => {
    expect(spanishText.join(' ')).not.toMatch(/\b(tú|tu|tienes|puedes|elige|escribes|copia|quieres|abre tu)\b/i);
  });
});
