import { expect } from '@open-wc/testing';
import { hashtagsIn, tokenizePostText } from '../../src/select/post-tokens.js';
import { shortenByGraphemes } from '../../src/elements/social-embed/graphemes.js';
import { youtubeVideoId } from '../../src/elements/social-embed/youtube.js';

const kinds = (text: string) => tokenizePostText(text).map((token) => `${token.kind}:${token.text}`);

describe('post text tokens', () => {
  it('finds addresses, hashtags and mentions, and keeps everything else as text', () => {
    expect(kinds('Go #Trades with @sd99careers: https://careers.sd99.example/a?b=1#c.')).to.deep.equal([
      'text:Go ',
      'hashtag:#Trades',
      'text: with ',
      'mention:@sd99careers',
      'text:: ',
      'url:https://careers.sd99.example/a?b=1#c',
      'text:.',
    ]);
  });

  it('never links a javascript: address, whatever its case', () => {
    const tokens = tokenizePostText('javascript:alert(1) JavaScript:alert(2) jAvAsCrIpT://x.example');
    expect(tokens.map((token) => token.kind)).to.deep.equal(['text']);
    expect(tokens[0].text).to.equal('javascript:alert(1) JavaScript:alert(2) jAvAsCrIpT://x.example');
  });

  it('keeps the text whole: joining the tokens gives back exactly the input', () => {
    const text = 'Ligne 1 (voir https://a.example/x_(y)).\n#Élèves @a.b-c@d.example 👩🏽‍🔧 info@sd99.example';
    expect(tokenizePostText(text).map((token) => token.text).join('')).to.equal(text);
    expect(kinds(text)).to.include('url:https://a.example/x_(y)');
    expect(kinds(text)).to.include('mention:@a.b-c@d.example');
  });

  it('does not take an e-mail address, a number or a word-inner # for a mention or hashtag', () => {
    expect(kinds('mail info@sd99.example about item #1 or C#')).to.deep.equal([
      'text:mail info@sd99.example about item #1 or C#',
    ]);
  });

  it('reads hashtags in any script', () => {
    expect(hashtagsIn('#عائلات_جديدة #ImmersionFrançaise #2027Grads')).to.deep.equal([
      'عائلات_جديدة',
      'ImmersionFrançaise',
      '2027Grads',
    ]);
  });
});

describe('shortening by graphemes', () => {
  it('never cuts an emoji sequence or a flag in half', () => {
    const worker = '👩🏽‍🔧';
    const family = '👨‍👩‍👧';
    const flag = '🇨🇦';
    expect(shortenByGraphemes(`${worker}${family}${flag}${worker}`, 3)).to.equal(`${worker}${family}${flag}…`);
    expect(shortenByGraphemes(`${worker}${family}`, 1)).to.equal(`${worker}…`);
    expect(shortenByGraphemes('short', 10)).to.equal('short');
  });
});

describe('YouTube addresses', () => {
  it('reads the video id from watch, youtu.be and shorts addresses only', () => {
    expect(youtubeVideoId('https://www.youtube.com/watch?v=Xc7Fh2LpQ9a&t=3')).to.equal('Xc7Fh2LpQ9a');
    expect(youtubeVideoId('https://youtu.be/Xc7Fh2LpQ9a')).to.equal('Xc7Fh2LpQ9a');
    expect(youtubeVideoId('https://m.youtube.com/shorts/Xc7Fh2LpQ9a')).to.equal('Xc7Fh2LpQ9a');
    expect(youtubeVideoId('https://youtube.com.evil.example/watch?v=Xc7Fh2LpQ9a')).to.equal(undefined);
    expect(youtubeVideoId('https://www.youtube.com/watch?v=bad"id')).to.equal(undefined);
    expect(youtubeVideoId('javascript:alert(1)')).to.equal(undefined);
  });
});
