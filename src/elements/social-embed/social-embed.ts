import { html, type PropertyValues, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { selectPosts } from "../../select/select-posts.js";
import { spaceSeparated } from "../../ui/attribute-converters.js";
import { FeedElement, type RenderContext } from "../../ui/feed-element.js";
import { emptyState } from "../../ui/state-templates.js";
import { warnOnce } from "../../ui/warn.js";
import { followUs } from "./follow-us.js";
import { postCard } from "./post-card.js";
import { socialEmbedStyles } from "./social-embed.styles.js";

export type PostLayout = "list" | "grid";

/**
 * The district's curated social posts and news as cards of its own: no network's script,
 * cookie or tracking pixel reaches the school's page, and a YouTube player loads only when the
 * visitor presses play.
 *
 * Whatever is written inside the element (a link to the district's accounts, say) is shown
 * until the script runs, and stays as the fallback for visitors without JavaScript.
 *
 * @tagname social-embed
 * @summary The district's social posts and news, with links to follow its accounts.
 *
 * @attr src - Address of the district feed (JSON).
 * @attr network - Space-separated networks to show: x, facebook, instagram, youtube, mastodon, bluesky, linkedin, tiktok, news.
 * @attr tag - Space-separated hashtags, without #; a post is shown when its text or its tags carry any of them (any case).
 * @attr tags - Space-separated tags; a post is shown when its tags or hashtags carry any of them (the same as tag).
 * @attr audience - Space-separated audiences to show: students, parents, educators, district, community.
 * @attr school - School id: district-wide posts plus this school's.
 * @attr stage - Space-separated stages: awareness, exploration, engagement.
 * @attr limit - The most posts to show.
 * @attr layout - list (default), one post under another, or grid, as many columns as fit.
 * @attr hide-channels - Leaves out the "Follow us" row of the district's accounts.
 * @attr heading-level - Heading level (2–6) of each post's title. Default 3.
 * @attr lang - Language of texts and dates (en, fr-CA); inherited from the page when unset.
 * @attr theme - light (default), dark, or auto.
 * @attr refresh - Seconds between checks for a newer feed while the page is open. Default 300; 0 turns it off.
 *
 * @slot - Fallback content, shown before the script runs, without JavaScript, and with the error message.
 *
 * @csspart list - The list of posts.
 * @csspart post - One post card.
 * @csspart avatar - The author's picture.
 * @csspart title - A post's title, or its author's name when it has none.
 * @csspart meta - The line with handle, network and time.
 * @csspart network - The network's name and icon on a post.
 * @csspart network-icon - A network's icon, on posts and in the Follow us row.
 * @csspart text - A post's text.
 * @csspart more-button - The More / Less button of a long text.
 * @csspart media - A post's pictures.
 * @csspart video - A post's video, before and after it plays.
 * @csspart play-button - The play button over a YouTube video's poster.
 * @csspart watch-link - The link that watches a video from another network where it lives.
 * @csspart original-link - The link to the original post.
 * @csspart channels - The Follow us row.
 * @csspart channel-link - One account in the Follow us row.
 * @csspart link - Links inside states.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The "no posts" message.
 * @csspart error - The error message.
 * @csspart retry-button - The Retry button of the error state and of the stale-copy note.
 * @csspart stale-note - The note shown above a kept copy when the feed cannot be refreshed.
 *
 * @fires feed-load - The element shows the feed for the first time (detail: url, fromCache).
 * @fires feed-update - The feed changed while shown (detail: url, fromCache).
 * @fires feed-error - The feed could not be loaded or refreshed (detail: url, kind, reason, status, showingKeptCopy).
 *
 * @cssprop --cw-font-family - Font family; the page's font when unset.
 * @cssprop --cw-font-size - Base font size. Default 16px.
 * @cssprop --cw-accent - Links, buttons and the play button.
 * @cssprop --cw-on-accent - Text and icons on accent-coloured buttons.
 * @cssprop --cw-text - Body text colour.
 * @cssprop --cw-muted - Handles, networks and times.
 * @cssprop --cw-surface - Card background.
 * @cssprop --cw-surface-alt - Behind pictures and placeholders.
 * @cssprop --cw-border - Card borders.
 * @cssprop --cw-danger - Errors.
 * @cssprop --cw-radius - Corner radius. Default 8px.
 * @cssprop --cw-gap - Space between cards. Default 12px.
 * @cssprop --cw-focus - Focus outline colour.
 */
export class SocialEmbed extends FeedElement {
  static override styles = [...FeedElement.styles, socialEmbedStyles];

  static override properties = {
    ...FeedElement.properties,
    network: { converter: spaceSeparated },
    tag: { converter: spaceSeparated },
    layout: { reflect: true },
    hideChannels: { type: Boolean, attribute: "hide-channels" },
  };

  /** Space-separated networks to show; all when unset. */
  declare network: string[];
  /** Space-separated hashtags (without #) to show; all posts when unset. */
  declare tag: string[];
  /** `list` (default) or `grid`. */
  declare layout: PostLayout;
  /** Leaves out the "Follow us" row. */
  declare hideChannels: boolean;

  /** Posts (by id) whose whole text the visitor opened. */
  #expanded = new Set<string>();
  /** Posts (by id) whose text is longer than the clamp. */
  #overflowing = new Set<string>();
  /** Posts (by id) whose video the visitor asked to play. */
  #playing = new Set<string>();
  #textSizes?: ResizeObserver;
  #watched = new WeakSet<Element>();

  constructor() {
    super();
    this.network = [];
    this.tag = [];
    this.layout = "list";
    this.hideChannels = false;
  }

  protected override get followsClock(): boolean {
    return true;
  }

  protected override get placeholderRows(): number {
    return Math.min(this.limit ?? 2, 2);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#textSizes?.disconnect();
    this.#textSizes = undefined;
    this.#watched = new WeakSet();
  }

  protected override renderFeed(context: RenderContext): TemplateResult {
    const { feed, messages } = context;
    const { posts, blank } = selectPosts(feed, {
      ...context.criteria,
      networks: this.network,
      tags: [...this.tag, ...this.tags],
      limit: this.limit,
      locale: context.locale,
    });
    if (blank.length) this.#warnBlank(blank.map((post) => post.id));

    const channels = this.hideChannels ? "" : followUs(feed.channels, messages);
    if (posts.length === 0)
      return html`${emptyState(messages.posts.empty, messages, feed.district)}${channels}`;

    return html`<ul
        class="posts"
        part="list"
        aria-label=${messages.posts.listLabel}
      >
        ${repeat(
          posts,
          (post) => post.id,
          (post, index) =>
            postCard(post, index, {
              level: this.level,
              context,
              expanded: this.#expanded.has(post.id),
              overflowing: this.#overflowing.has(post.id),
              playing: this.#playing.has(post.id),
              onToggle: () => this.#toggle(post.id),
              onPlay: () => this.#play(post.id, index),
            }),
        )}
      </ul>
      ${channels}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#watchTextSizes();
  }

  #warnBlank(ids: string[]): void {
    const list = ids.map((id) => `"${id}"`).join(", ");
    warnOnce(
      `blank-posts:${this.feedController.url}:${list}`,
      `<social-embed> left out ${ids.length} post(s) of the feed ${this.feedController.url} that have neither ` +
        `text nor media: ${list}. Give each post a "text" or a "media" entry in the feed.`,
      this,
    );
  }

  #toggle(id: string): void {
    if (this.#expanded.has(id)) this.#expanded.delete(id);
    else this.#expanded.add(id);
    this.requestUpdate();
  }

  /** Replaces the facade with the player, and moves focus to it so keyboard users stay in place. */
  async #play(id: string, index: number): Promise<void> {
    this.#playing.add(id);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLIFrameElement>(`.post:nth-child(${index + 1}) iframe`)
      ?.focus();
  }

  /**
   * Whether a text needs its More button depends on the card's width and the font, so it is
   * measured after every render, and again whenever a text block changes size.
   */
  #watchTextSizes(): void {
    this.#textSizes ??= new ResizeObserver((entries) =>
      this.#measure(entries.map((entry) => entry.target)),
    );
    const texts = [...this.renderRoot.querySelectorAll(".post__text")];
    for (const text of texts) {
      if (this.#watched.has(text)) continue;
      this.#watched.add(text);
      this.#textSizes.observe(text);
    }
    this.#measure(texts);
  }

  #measure(texts: Element[]): void {
    let changed = false;
    for (const text of texts as HTMLElement[]) {
      const id = text.dataset.post;
      if (!id || !text.isConnected || this.#expanded.has(id)) continue;
      const overflows = text.scrollHeight > text.clientHeight + 1;
      if (overflows !== this.#overflowing.has(id)) {
        if (overflows) this.#overflowing.add(id);
        else this.#overflowing.delete(id);
        changed = true;
      }
    }
    if (changed) this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "social-embed": SocialEmbed;
  }
}
