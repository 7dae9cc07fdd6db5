// SPDX-License-Identifier: EUPL-1.2
import { isModerator } from '../current-user.js';
import { locales } from '../i18n.js';
import { CsrfField } from './form-components.js';
import type { PageContext } from './page-context.js';

interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: JSX.Element;
  /** Extra scripts that enhance this page; the page works without them. */
  scripts?: readonly string[];
}

const assetVersion = '1';

function NavLink({ href, label, current }: { href: string; label: string; current: string }): JSX.Element {
  const active = current === href || (href !== '/' && current.startsWith(`${href}/`)) || current.startsWith(`${href}?`);
  return (
    <li class="utrecht-nav-list__item">
      <a class="utrecht-link utrecht-nav-list__link" href={href} aria-current={active ? 'page' : undefined} safe>
        {label}
      </a>
    </li>
  );
}

function LanguageSwitch({ ctx }: { ctx: PageContext }): JSX.Element {
  return (
    <ul class="ps-language-switch" aria-label={ctx.t('layout.language')}>
      {locales.map((locale) =>
        locale === ctx.locale ? (
          <li>
            <span aria-current="true" lang={locale} safe>{ctx.t(`layout.languageName.${locale}`)}</span>
          </li>
        ) : (
          <li>
            <a class="utrecht-link" lang={locale} hreflang={locale} href={`/language/${locale}?return=${encodeURIComponent(ctx.url)}`} safe>
              {ctx.t(`layout.languageName.${locale}`)}
            </a>
          </li>
        ),
      )}
    </ul>
  );
}

function AccountMenu({ ctx }: { ctx: PageContext }): JSX.Element {
  const { t, user } = ctx;
  if (!user) {
    return (
      <ul class="ps-account-menu">
        <li><a class="utrecht-link" href={`/sign-in?return=${encodeURIComponent(ctx.url)}`} safe>{t('layout.signIn')}</a></li>
        <li><a class="utrecht-link" href="/sign-up" safe>{t('layout.signUp')}</a></li>
      </ul>
    );
  }
  return (
    <ul class="ps-account-menu">
      <li><a class="utrecht-link" href="/profile" safe>{user.name}</a></li>
      <li>
        <form method="post" action="/sign-out" class="ps-inline-form">
          <CsrfField token={ctx.csrfToken} />
          <button class="utrecht-button utrecht-button--subtle-action ps-link-button" type="submit" safe>{t('layout.signOut')}</button>
        </form>
      </li>
    </ul>
  );
}

/** The page shell: skip link, header with navigation, account and language, main content and footer. */
export function Layout({ ctx, title, children, scripts = [] }: LayoutProps): JSX.Element {
  const { t } = ctx;
  return (
    <>
      {'<!doctype html>'}
      <html lang={ctx.locale} class="utrecht-theme ps-theme">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} · ${t('layout.siteName')}`}</title>
          <link rel="stylesheet" href={`/assets/vendor/design-tokens.css?v=${assetVersion}`} />
          <link rel="stylesheet" href={`/assets/vendor/components.css?v=${assetVersion}`} />
          <link rel="stylesheet" href={`/assets/app.css?v=${assetVersion}`} />
          <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
          <script src={`/assets/app.js?v=${assetVersion}`} defer></script>
          {scripts.map((src) => <script src={`${src}?v=${assetVersion}`} defer></script>)}
        </head>
        <body class="utrecht-document utrecht-page-layout">
          <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" safe>{t('layout.skipToContent')}</a>
          <header class="utrecht-page-header ps-header">
            <div class="ps-header__inner">
              <a class="ps-logo" href="/" safe>{t('layout.siteName')}</a>
              <LanguageSwitch ctx={ctx} />
              <AccountMenu ctx={ctx} />
            </div>
            <nav class="utrecht-nav-bar ps-nav" aria-label={t('layout.mainNavigation')}>
              <ul class="utrecht-nav-list">
                <NavLink href="/" label={t('layout.nav.home')} current={ctx.url} />
                <NavLink href="/pilots" label={t('layout.nav.pilots')} current={ctx.url} />
                <NavLink href="/pilots/new" label={t('layout.nav.register')} current={ctx.url} />
                <NavLink href="/search-aid" label={t('layout.nav.searchAid')} current={ctx.url} />
                <NavLink href="/organisations" label={t('layout.nav.organisations')} current={ctx.url} />
                <NavLink href="/knowledge" label={t('layout.nav.knowledge')} current={ctx.url} />
                <NavLink href="/dashboard" label={t('layout.nav.dashboard')} current={ctx.url} />
                {isModerator(ctx.user) ? <NavLink href="/moderation" label={t('layout.nav.moderation')} current={ctx.url} /> : ''}
              </ul>
            </nav>
          </header>
          <main class="utrecht-page-body ps-main" id="main" tabindex="-1">
            {ctx.flash ? (
              <div class={`utrecht-alert utrecht-alert--${ctx.flash.kind} ps-flash`} role="status">
                <div class="utrecht-alert__content">
                  <p class="utrecht-paragraph" safe>{t(ctx.flash.key, ctx.flash.params)}</p>
                </div>
              </div>
            ) : (
              ''
            )}
            {children}
          </main>
          <footer class="utrecht-page-footer ps-footer">
            <ul class="ps-footer__links">
              <li><a class="utrecht-link" href="/api/v1/openapi.json" safe>{t('layout.footer.api')}</a></li>
              <li><a class="utrecht-link" href="/about" safe>{t('layout.footer.about')}</a></li>
            </ul>
            <p class="utrecht-paragraph" safe>{t('layout.footer.licence')}</p>
          </footer>
        </body>
      </html>
    </>
  );
}
