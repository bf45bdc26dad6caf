// Progressive enhancement only: every page works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// A table wider than the screen (a phone's 320 px) scrolls inside a region of its own, not the page (WCAG 1.4.10
// Reflow). While it has something to scroll, the region is named by the table's caption (else the heading above it)
// and can be reached with the keyboard, so it can be scrolled without a mouse.
let regions = 0
for (const table of document.querySelectorAll('main table')) {
  if (table.closest('.cpp-table-region, .cpp-form-table')) {
    continue
  }
  const region = document.createElement('div')
  region.className = 'cpp-table-region'
  table.before(region)
  region.append(table)
  const name = table.caption ?? headingBefore(table)
  if (name) {
    name.id ||= `cpp-table-name-${++regions}`
  }
  new ResizeObserver(() => {
    if (region.scrollWidth > region.clientWidth) {
      region.setAttribute('role', 'region')
      region.setAttribute('tabindex', '0')
      if (name) {
        region.setAttribute('aria-labelledby', name.id)
      } else {
        region.setAttribute('aria-label', 'Table')
      }
    } else {
      for (const attribute of ['role', 'tabindex', 'aria-labelledby', 'aria-label']) {
        region.removeAttribute(attribute)
      }
    }
  }).observe(region)
}

function headingBefore (element) {
  for (let node = element; node && node.tagName !== 'MAIN'; node = node.previousElementSibling ?? node.parentElement) {
    if (/^H[1-6]$/.test(node.tagName) && node !== element) {
      return node
    }
  }
  return null
}
