// The link-preview image for the home page (og/index.png) and every topic (og/<slug>.png), made at build time.
// SocialMeta.astro points og:image at these files.
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getTopics } from '../../content/topics.ts';
import { site } from '../../data/site.ts';
import { renderPreviewImage } from '../../lib/og-image.ts';

/** The slug of the home page's image; no topic may use it. */
const homeSlug = 'index';

export const getStaticPaths = (async () => {
  const topics = await getTopics();
  if (topics.some((topic) => topic.id === homeSlug)) throw new Error(`A topic may not be called "${homeSlug}": og/${homeSlug}.png is the home page's preview`);
  return [
    {
      params: { slug: homeSlug },
      props: { title: site.tagline, tagline: 'What an IOP is, who it suits and what it may cost' },
    },
    ...topics.map((topic) => ({ params: { slug: topic.id }, props: { title: topic.data.title, tagline: site.tagline } })),
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await renderPreviewImage({ title: props.title, siteName: site.name, tagline: props.tagline });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
