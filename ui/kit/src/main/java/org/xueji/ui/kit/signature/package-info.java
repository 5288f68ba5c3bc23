/**
 * A signature pad for phones and desktops ({@link org.xueji.ui.kit.signature.SignaturePad}): a
 * plain canvas drawn with finger or mouse, its drawing sent to the server as PNG.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.ui.kit.signature;
