package org.missionledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.missionledger.ledger.checkpoint.KeyRotation;
import org.missionledger.platform.store.LedgerIdentity;
import picocli.CommandLine.Command;

/** Rotates the checkpoint signing key, with a handover checkpoint signed by both keys. */
@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description = {
            "Change the ledger's checkpoint signing key. What the tree grew by is signed with the current key; then a"
                    + " handover checkpoint of the tree as it stands, with the line 'key-rotation <next key>', is"
                    + " signed by both keys and recorded (GET /api/ledger/identity lists every rotation). From then on"
                    + " checkpoints are signed by the next key; the retired key file is kept beside it.",
            "With a server holding the ledger, the server rotates (POST /api/admin/ledger/keys/rotate).",
            "Prints the handover checkpoint, then the next public key."
        })
final class KeysRotateCommand extends LedgerCommand {

    @Override
    StoreGuard.Access access() {
        return StoreGuard.Access.WRITE;
    }

    @Override
    protected int runThrough(ServerClient server) throws Exception {
        ServerClient.Answer answer =
                server.post("/api/admin/ledger/keys/rotate", HttpRequest.BodyPublishers.noBody(), "application/json");
        JsonNode json = answer.json();
        if (!answer.ok() || json == null || !json.has("note")) {
            err().println("error: the server at " + server.url() + " did not rotate the key: " + answer.problem());
            err().flush();
            return ExitCodes.FAILURE;
        }
        print(
                json.get("note").asText(),
                json.get("nextKey").asText(),
                json.get("size").asLong());
        return ExitCodes.OK;
    }

    @Override
    protected int run(LedgerContext context) {
        KeyRotation rotation = context.bean(KeyRotation.class);
        LedgerIdentity.KeyRotation done = rotation.rotate();
        print(done.note(), done.nextKey(), done.size());
        err().println("The next private key is in " + rotation.keyFile() + "; back it up.");
        err().flush();
        return ExitCodes.OK;
    }

    private void print(String note, String nextKey, long size) {
        out().print(note);
        out().println();
        out().println(nextKey);
        out().flush();
        err().println("Rotated the signing key at tree size " + size + ". Publish the handover checkpoint above: a"
                + " verifier holding the previous key checks it with that key and learns the next one.");
        err().flush();
    }
}
