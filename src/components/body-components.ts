/**
 * The components an entry's body is drawn with, passed to every `<Content />`: body pictures
 * become `<picture>` with AVIF and WebP, as covers are (Astro's default is one `<img>`).
 */
import BodyPicture from './BodyPicture.astro';

export const bodyComponents = { img: BodyPicture };
