// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// Registry of the hub's trace batches: one Merkle root per batch of consecutive traces.
/// A batch id is written once; re-sending the same batch cannot anchor it twice.
contract TraceRegistry {
    struct Batch {
        uint64 firstSequence;
        uint64 lastSequence;
        bytes32 root;
        uint64 anchoredAt;
    }

    address public immutable owner;
    mapping(uint64 => Batch) private batches;
    uint64 public batchCount;

    event BatchAnchored(uint64 indexed batchId, uint64 firstSequence, uint64 lastSequence, bytes32 root);

    constructor() {
        owner = msg.sender;
    }

    function anchor(uint64 batchId, uint64 firstSequence, uint64 lastSequence, bytes32 root) external {
        require(msg.sender == owner, "only the owner anchors");
        require(root != bytes32(0), "empty root");
        require(lastSequence >= firstSequence, "empty range");
        require(batches[batchId].root == bytes32(0), "batch already anchored");
        batches[batchId] = Batch(firstSequence, lastSequence, root, uint64(block.timestamp));
        batchCount += 1;
        emit BatchAnchored(batchId, firstSequence, lastSequence, root);
    }

    /// The anchored batch, or a zero root when the id was never anchored.
    function batch(uint64 batchId)
        external
        view
        returns (uint64 firstSequence, uint64 lastSequence, bytes32 root, uint64 anchoredAt)
    {
        Batch storage b = batches[batchId];
        return (b.firstSequence, b.lastSequence, b.root, b.anchoredAt);
    }
}
