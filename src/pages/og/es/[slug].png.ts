// The Spanish edition's link-preview images: og/es/index.png for /es/ and og/es/<Spanish slug>.png for each Spanish
// topic, with the Spanish title, so a Spanish link pasted into a chat shows Spanish words (SocialMeta.astro).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getTopics } from '../../../content/topics.ts';
import { site } from '../../../data/site.ts';
import { previewHomeSlug, previewWords, renderPreviewImage } from '../../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const topics = await getTopics('es');
  if (topics.some((topic) => topic.id === previewHomeSlug)) throw new Error(`A Spanish topic may not be called "${previewHomeSlug}": og/es/${previewHomeSlug}.png is the Spanish home page's preview`);
  const words = previewWords.es;
  return [
    { params: { slug: previewHomeSlug }, props: words.home },
    ...topics.map((topic) => ({ params: { slug: topic.id }, props: { title: topic.data.title, tagline: words.topicTagline } })),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderPreviewImage({ title: props.title, siteName: site.name, tagline: props.tagline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
