// The link-preview image for the home page (og/index.png) and every topic (og/<slug>.png), made at build time.
// SocialMeta.astro points og:image at these files; the Spanish edition's are made by es/[slug].png.ts.
import { previewImage, previewImagePaths } from '../../content/preview-images.ts';

export const getStaticPaths = () => previewImagePaths('en');
export const GET = previewImage;
