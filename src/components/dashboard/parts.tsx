/** The building blocks every dashboard section shares: a card with a count, a list, one next step. */
import React from 'react'

export function Section({
  title,
  count,
  next,
  children,
}: {
  title: string
  count?: number
  next?: { href: string; label: string }
  children: React.ReactNode
}) {
  return (
    <section
      className="role-dashboard__section"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: 'calc(var(--base) * 0.8)',
      }}
    >
      <h3 style={{ margin: 0, display: 'flex', gap: '0.5em', alignItems: 'baseline' }}>
        {count !== undefined && (
          <span className="role-dashboard__count" style={{ fontSize: '1.6em' }}>
            {count}
          </span>
        )}
        <span>{title}</span>
      </h3>
      <div style={{ marginTop: '0.5em' }}>{children}</div>
      {next && (
        <p style={{ margin: '0.75em 0 0' }}>
          <a className="role-dashboard__next" href={next.href} style={{ fontWeight: 600 }}>
            {next.label} →
          </a>
        </p>
      )}
    </section>
  )
}

export function Items({
  items,
  empty,
}: {
  items: Array<{ key: string | number; href: string; title: string; detail?: React.ReactNode }>
  empty: string
}) {
  if (!items.length)
    return <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{empty}</p>
  return (
    <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
      {items.map((item) => (
        <li key={item.key}>
          <a href={item.href}>{item.title}</a>
          {item.detail && (
            <span style={{ color: 'var(--theme-elevation-600)' }}> – {item.detail}</span>
          )}
        </li>
      ))}
    </ul>
  )
}

export function Grid({ children }: { children: React.ReactNode }) {
  return (
    <div
      style={{
        display: 'grid',
        gap: 'var(--base)',
        gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        marginBottom: 'calc(var(--base) * 2)',
      }}
    >
      {children}
    </div>
  )
}
