// The link-preview image for the home page (og/index.png) and every topic (og/<slug>.png), made at build time.
// SocialMeta.astro points og:image at these files; the Spanish edition's are made by es/[slug].png.ts.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getTopics } from '../../content/topics.ts';
import { site } from '../../data/site.ts';
import { previewHomeSlug, previewWords, renderPreviewImage } from '../../lib/og-image.ts';

export const getStaticPaths = (async () => {
  const topics = await getTopics();
  if (topics.some((topic) => topic.id === previewHomeSlug)) throw new Error(`A topic may not be called "${previewHomeSlug}": og/${previewHomeSlug}.png is the home page's preview`);
  const words = previewWords.en;
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
