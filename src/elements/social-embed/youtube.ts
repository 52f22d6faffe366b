/** Recognising a YouTube video address, and the privacy-enhanced address that plays it. */
const VIDEO_ID = /^[\w-]{11}$/;
const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com']);

/** The video id of a youtube.com/watch?v=…, youtu.be/…, /shorts/… or /embed/… address. */
export function youtubeVideoId(address: string | undefined): string | undefined {
  let url: URL;
  try {
    url = new URL(address ?? '');
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;

  let id: string | null | undefined;
  if (url.hostname === 'youtu.be') id = url.pathname.split('/')[1];
  else if (YOUTUBE_HOSTS.has(url.hostname)) {
    const [, first, second] = url.pathname.split('/');
    id = first === 'watch' ? url.searchParams.get('v') : first === 'shorts' || first === 'embed' ? second : undefined;
  }
  return id && VIDEO_ID.test(id) ? id : undefined;
}

/** youtube-nocookie.com sets no tracking cookies until the visitor plays the video. */
export function youtubeEmbedUrl(id: string): string {
  return `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
}
