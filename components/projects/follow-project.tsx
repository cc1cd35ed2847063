import Link from "next/link";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { followProjectAction } from "@/lib/projects/actions/follow";

/** Volgen: signed in, a button; a visitor is asked to sign in first. */
export function FollowProject({ projectId, signedIn, following }: { projectId: number; signedIn: boolean; following: boolean }) {
  return (
    <section aria-labelledby="volgen" className="space-y-2 rounded-xl border-2 border-gray-200 p-4">
      <h2 id="volgen" className="text-2xl font-bold">
        Volgen
      </h2>
      {!signedIn ? (
        <p>
          Wilt u een mail als wij vertellen wat wij met uw mening doen?{" "}
          <Link href={`/inloggen?terug=${encodeURIComponent(`/projecten/${projectId}`)}`} className="inline-flex min-h-11 items-center">
            Log in om dit project te volgen
          </Link>
        </p>
      ) : following ? (
        <>
          <p>U volgt dit project. U krijgt een mail als wij vertellen wat wij met uw mening doen.</p>
          <ActionButtonForm action={followProjectAction} fields={{ projectId, follow: "nee" }} label="Niet meer volgen" variant="secondary" />
        </>
      ) : (
        <>
          <p>Wilt u een mail als wij vertellen wat wij met uw mening doen?</p>
          <ActionButtonForm action={followProjectAction} fields={{ projectId, follow: "ja" }} label="Volg dit project" />
        </>
      )}
    </section>
  );
}
