/** The chain behind the anchoring port: web3j over JSON-RPC, and the TraceRegistry's ABI. */
package eu.imaginghub.tracer.anchor.infrastructure;
