import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import type { Lang } from '../i18n/languages.ts';
import { previewHomeSlug, previewWords, renderPreviewImage } from '../lib/og-image.ts';
import { getTopics } from './topics.ts';

interface PreviewProps {
  title: string;
  tagline: string;
}

/**
 * The link-preview images of one language: the home page's (og/index.png, og/es/index.png) and one per topic, with
 * the topic's title in that language.
 */
export async function previewImagePaths(lang: Lang): Promise<{ params: { slug: string }; props: PreviewProps }[]> {
  const topics = await getTopics(lang);
  const folder = lang === 'es' ? 'og/es/' : 'og/';
  if (topics.some((topic) => topic.id === previewHomeSlug)) {
    throw new Error(`A topic may not be called "${previewHomeSlug}": ${folder}${previewHomeSlug}.png is the home page's preview`);
  }
  const words = previewWords[lang];
  return [
    { params: { slug: previewHomeSlug }, props: words.home },
    ...topics.map((topic) => ({ params: { slug: topic.id }, props: { title: topic.data.title, tagline: words.topicTagline } })),
  ];
}

/** Draws one preview image at build time. */
export const previewImage: APIRoute<PreviewProps> = async ({ props }) => {
  const png = await renderPreviewImage({ title: props.title, siteName: site.name, tagline: props.tagline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
