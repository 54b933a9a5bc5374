/**
 * What every feature shares: security, layout and shared screen parts, PDF house style, charts, i18n, audit, the
 * embedded database. It imports no feature. It is an open module: features use its sub-packages directly.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package se.fou.oj.base;

import org.springframework.modulith.ApplicationModule;
