/** Messages of the documents bundle. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.platform.documents;
