/**
 * The SMPP 3.4 firewall proxy. It sits inline between SMS platforms (ESMEs) and the carrier's SMSC,
 * translates PDUs into core types, asks the screening engine for a verdict and translates the verdict
 * into an SMPP response. Nothing is decided here.
 */
package org.quietline.smpp;
