// The Spanish edition's link-preview images: og/es/index.png for /es/ and og/es/<Spanish slug>.png for each Spanish
// topic, with the Spanish title, so a Spanish link pasted into a chat shows Spanish words (SocialMeta.astro).
import { previewImage, previewImagePaths } from '../../../content/preview-images.ts';

export const getStaticPaths = () => previewImagePaths('es');
export const GET = previewImage;
